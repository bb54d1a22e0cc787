using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.ReferenceData;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.Returns.Ssda903.ReferenceData;

public sealed class Ssda903ReferenceDataTests : IDisposable
{
    /// <summary>ONSPD's layout, abridged: the columns Hearth reads among others, quoted as the ONS writes them.</summary>
    private const string Onspd =
        "\"pcd\",\"pcd2\",\"pcds\",\"dointr\",\"doterm\",\"oscty\",\"ced\",\"oslaua\",\"osward\",\"lat\",\"long\"\n" +
        "\"AL1 1AA\",\"AL1  1AA\",\"AL1 1AA\",\"198001\",\"\",\"E10000015\",\"E58000001\",\"E07000240\",\"E05000001\",51.750000,-0.340000\n" +
        "\"LU1 3CD\",\"LU1  3CD\",\"LU1 3CD\",\"198001\",\"\",\"E99999999\",\"E99999999\",\"E06000032\",\"E05000002\",51.880000,-0.420000\n" +
        "\"CF101AA\",\"CF10 1AA\",\"CF10 1AA\",\"198001\",\"\",\"W99999999\",\"W99999999\",\"W06000015\",\"W05000001\",51.480000,-3.180000\n" +
        "\"ZZ9 9ZZ\",\"ZZ9  9ZZ\",\"ZZ9 9ZZ\",\"198001\",\"200001\",\"E99999999\",\"E99999999\",\"E06000001\",\"E05000003\",99.999999,0.000000\n";

    private const string Register =
        "URN,Provider type,Setting name,Local authority,Setting postcode,Registration date,Deregistration date,Placement code,Placement provider code\n" +
        "SC123456,Children's home,\"The Beeches, Annexe\",Hertfordshire,AL1 1AA,04/01/2010,,K2/R1,PR4\n" +
        "SC654321,Children's home,Oak House,Luton,LU1 3CD,2012-05-01,2026-09-01,,\n" +
        "1234567,Independent fostering agency,Foster Co,Luton,LU1 3CD,01/02/2015,,,\n";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hearth-903-ref-" + Guid.NewGuid().ToString("N"));

    public Ssda903ReferenceDataTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_postcode_directory_gives_locations_and_the_LA_responsible_for_childrens_services()
    {
        var table = OnsPostcodeDirectory.Load(new StringReader(Onspd));

        table.Count.ShouldBe(4);
        table.Find("al11aa").ShouldBe((51.75, -0.34));
        table.LocalAuthority("AL1 1AA").ShouldBe("E10000015");
        table.LocalAuthority("LU1 3CD").ShouldBe("E06000032");
        table.LocalAuthority("CF10 1AA").ShouldBe("W06000015");
        table.Find("ZZ9 9ZZ").ShouldBeNull();
        table.LocalAuthority("ZZ9 9ZZ").ShouldBe("E06000001");
        table.Find("SW1A 1AA").ShouldBeNull();
    }

    [Fact]
    public void A_file_that_is_not_the_postcode_directory_is_refused() =>
        Should.Throw<InvalidDataException>(() => OnsPostcodeDirectory.Load(new StringReader("a,b\n1,2\n")));

    [Fact]
    public void Ofsteds_register_gives_codes_dates_and_postcodes()
    {
        var register = OfstedProviderRegister.Load(new StringReader(Register));

        register.Count.ShouldBe(3);
        var home = register.Find("SC123456").ShouldNotBeNull();
        home.PlacementCodes.ShouldBe(["K2", "R1"], ignoreOrder: true);
        home.ProviderCodes.ShouldBe(["PR4"]);
        home.Registered.ShouldBe(new DateOnly(2010, 1, 4));
        home.Closed.ShouldBeNull();
        home.Postcode.ShouldBe("AL1 1AA");

        var closed = register.Find("SC654321").ShouldNotBeNull();
        closed.Closed.ShouldBe(new DateOnly(2026, 9, 1));
        closed.PlacementCodes.ShouldBe(["K2"]);
        closed.ProviderCodes.ShouldBeNull();
        register.Find("1234567")!.PlacementCodes!.Count.ShouldBe(6);
        register.Find("SC000000").ShouldBeNull();
    }

    [Fact]
    public void The_factory_reads_each_file_once_and_builds_the_context()
    {
        File.WriteAllText(Path.Combine(_dir, "onspd.csv"), Onspd);
        File.WriteAllText(Path.Combine(_dir, "ofsted.csv"), Register);
        var data = new Ssda903ReferenceData(Options.Create(new Ssda903Options
        {
            LaCode = " E10000015 ",
            PostcodeDirectoryPath = Path.Combine(_dir, "onspd.csv"),
            OfstedProvidersPath = Path.Combine(_dir, "ofsted.csv"),
        }));

        var context = data.Context(new Ssda903Return(), Ssda903TestData.Year);

        context.LocalAuthority.ShouldBe("E10000015");
        context.Postcodes.ShouldBeSameAs(data.Postcodes);
        context.Postcodes!.LocalAuthority("LU1 3CD").ShouldBe("E06000032");
        context.OfstedProviders!.Find("SC123456").ShouldNotBeNull();
        data.Context(new Ssda903Return(), Ssda903TestData.Year).OfstedProviders.ShouldBeSameAs(context.OfstedProviders);
    }

    [Fact]
    public void Nothing_configured_gives_a_context_without_reference_data()
    {
        var context = new Ssda903ReferenceData(Options.Create(new Ssda903Options())).Context(new Ssda903Return(), Ssda903TestData.Year);

        context.LocalAuthority.ShouldBeNull();
        context.Postcodes.ShouldBeNull();
        context.OfstedProviders.ShouldBeNull();
    }

    [Fact]
    public void A_configured_file_that_is_missing_is_an_error() =>
        Should.Throw<FileNotFoundException>(() =>
            new Ssda903ReferenceData(Options.Create(new Ssda903Options { PostcodeDirectoryPath = Path.Combine(_dir, "none.csv") })).Postcodes)
            .Message.ShouldContain("Ssda903:PostcodeDirectoryPath");
}
