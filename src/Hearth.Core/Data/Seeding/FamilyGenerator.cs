using Bogus;
using Hearth.Core.People;
using Hearth.Core.People.CodeLists;
using Hearth.Core.People.Identity;

namespace Hearth.Core.Data.Seeding;

public sealed record SyntheticFamily(PersonDetails Parent, IReadOnlyList<PersonDetails> Children, AddressDetails Address);

/// <summary>
/// Makes reproducible synthetic families: a parent and one to four children sharing a surname and
/// address, with plausible ages, valid test-range identifiers and a DfE ethnicity mix.
/// </summary>
public sealed class FamilyGenerator(int seed, DateOnly today)
{
    private readonly Faker faker = new("en_GB") { Random = new Randomizer(seed) };
    private readonly Random random = new(seed);
    private static readonly string[] Towns = ["Hertford", "Stevenage", "Watford", "St Albans", "Hemel Hempstead", "Hitchin", "Ware", "Letchworth"];
    private static readonly string[] Areas = ["SG", "AL", "WD", "HP", "EN", "CM"];

    public SyntheticFamily Next()
    {
        var familyName = faker.Name.LastName();
        var address = new AddressDetails(faker.Address.BuildingNumber() + " " + faker.Address.StreetName(), null,
            faker.PickRandom(Towns), Postcode(), today.AddDays(-random.Next(30, 3000)));
        var ethnicity = random.NextDouble() < 0.7 ? "WBRI" : faker.PickRandom(Ethnicity.All.Select(e => e.Code).ToArray());
        var parentDob = today.AddDays(-random.Next(20 * 365, 45 * 365));
        var parent = Person(faker.Name.FirstName(Bogus.DataSets.Name.Gender.Female), familyName, parentDob, "F", ethnicity, adult: true);
        var children = Enumerable.Range(0, random.Next(1, 5))
            .Select(_ =>
            {
                var female = random.Next(2) == 0;
                var dob = today.AddDays(-random.Next(60, 17 * 365));
                return Person(faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male),
                    familyName, dob, female ? "F" : "M", ethnicity, adult: false);
            })
            .ToList();
        return new SyntheticFamily(parent, children, address);
    }

    /// <summary>
    /// A family with one child born on the given day, for the demo's looked-after children and care leavers, whose
    /// histories need their ages. A child under 4 has no UPN yet: UN1, not yet of school age.
    /// </summary>
    public SyntheticFamily WithChildBorn(DateOnly dob, string sex)
    {
        var family = Next();
        var child = Person(faker.Name.FirstName(sex == "F" ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male),
            family.Parent.FamilyName!, dob, sex, family.Parent.EthnicityCode ?? "WBRI", adult: false);
        return family with { Children = [child.Upn is null ? child with { UpnUnknownReason = "UN1" } : child] };
    }

    private PersonDetails Person(string given, string family, DateOnly dob, string sex, string ethnicity, bool adult) => new()
    {
        GivenNames = given,
        FamilyName = family,
        DateOfBirth = dob,
        Sex = sex,
        EthnicityCode = ethnicity,
        NhsNumber = NhsNumber.CreateSynthetic(random).Digits,
        Upn = adult || dob > today.AddYears(-4) ? null : UniquePupilNumber.CreateSynthetic(random, DemoAuthority.LaCode).Value,
        FirstLanguage = "English",
        // A child's disability is recorded either way, as the census asks (8540): "NONE" is a positive answer.
        Disabilities = random.Next(12) == 0 ? [faker.PickRandom("AUT", "COMM", "LD", "HEAR")] : adult ? [] : [People.CodeLists.Disability.None],
    };

    /// <summary>A well-formed postcode in the home counties' areas; synthetic, so it may not be a delivered address.</summary>
    private string Postcode() =>
        $"{faker.PickRandom(Areas)}{random.Next(1, 20)} {random.Next(1, 10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}";

    /// <summary>The inward code never uses C, I, K, M, O or V (Royal Mail postcode format).</summary>
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
}
