using System.Text;
using Hearth.Core.Returns.Ssda903;
using Hearth.Core.Returns.Ssda903.Csv;
using Hearth.Core.Returns.Ssda903.Xml;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.Ssda903.Csv.Ssda903CsvFixtures;

namespace Hearth.Core.Tests.Returns.Ssda903.Xml;

public sealed class Ssda903XmlTests
{
    private static Ssda903ReadResult ReadXml(string text, Ssda903ReadOptions? options = null) => ReadXml(Encoding.UTF8.GetBytes(text), options);

    private static Ssda903ReadResult ReadXml(byte[] bytes, Ssda903ReadOptions? options = null) =>
        Ssda903XmlReader.Read("return.xml", new MemoryStream(bytes), options);

    /// <summary>The tables the XML form carries, snapshotted as the CSV tests do (SWEpisodes and DoLo are not in it).</summary>
    private static IReadOnlyList<string> XmlSnapshot(Ssda903Return ret) =>
        [.. Snapshot(ret).Where(line => Ssda903Xml.Tables.Contains(line.Split('|')[0]))];

    private static string Child(string header, string episodes = "") =>
        $"<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903><CHILD><HEADER>{header}</HEADER>{episodes}</CHILD></EXPSSDA903>";

    [Fact]
    public void The_fixture_goes_CSV_to_XML_and_back_to_the_same_tables()
    {
        var fromCsv = ReadFixture().Readable();
        var xml = Ssda903XmlWriter.ToXml(fromCsv);
        var fromXml = ReadXml(xml).Readable();

        XmlSnapshot(fromXml).ShouldBe(XmlSnapshot(fromCsv));
        fromXml.Header.Select(h => (h.CHILD, h.UASC)).ShouldBe(fromCsv.Header.Select(h => (h.CHILD, h.UASC)));
        foreach (var table in Ssda903Columns.All.Where(t => Ssda903Xml.Tables.Contains(t.Name)))
        {
            Ssda903CsvWriter.ToCsv(table, table.RowsOf(fromXml)).ShouldBe(Ssda903CsvWriter.ToCsv(table, table.RowsOf(fromCsv)), customMessage: table.Name);
        }
    }

    [Fact]
    public void The_CSV_reader_sets_UASC_from_the_UASC_table_and_the_writer_writes_it_in_the_header()
    {
        var ret = ReadFixture().Readable();
        ret.Header.Where(h => h.UASC == "1").Select(h => h.CHILD).ShouldBe(["1003"]);
        ret.Header.Count(h => h.UASC == "0").ShouldBe(5);

        var xml = Ssda903XmlWriter.ToXml(ret);
        xml.ShouldContain("<CHILDID>1003</CHILDID>");
        xml.ShouldContain("<UASC>1</UASC>");
        xml.ShouldContain("<DUC>01/09/2028</DUC>");
        xml.ShouldContain("<PL>U4</PL>");
    }

    [Fact]
    public void UASC_is_not_a_CSV_column()
    {
        Ssda903Columns.Header.Columns.ShouldBe(["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]);
        Ssda903Columns.Episodes.Columns.ShouldNotContain("PL_LOCATION");
    }

    [Fact]
    public void The_elements_are_in_the_schemas_order()
    {
        var xml = Ssda903XmlWriter.ToXml(ReadFixture().Readable());
        string[] order = ["<CHILDID>", "<UPN>", "<SEX>", "<DOB>", "<ETHNIC>", "<UASC>", "<DUC>", "<AMISSING>", "<AREVIEW>", "<MOTHER", "<MC_DOB", "<PERMANENCE>", "</HEADER>", "<EPISODE>"];
        var child1003 = xml[xml.IndexOf("<CHILDID>1003", StringComparison.Ordinal)..];
        child1003 = child1003[..child1003.IndexOf("</CHILD>", StringComparison.Ordinal)];
        var positions = order.Select(tag => child1003.IndexOf(tag, StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
    }

    /// <summary>The shape of the DfE validator's sample file (csc-validator-be-903 tests/fake_data/fake_903.xml), written afresh.</summary>
    [Fact]
    public void A_file_shaped_like_the_validators_sample_is_read()
    {
        var ret = ReadXml(
            "<?xml version='1.0' encoding='us-ascii'?>\n<EXPSSDA903><CHILD><HEADER><CHILDID>700001</CHILDID><UPN>A123456789012</UPN><SEX>M</SEX>" +
            "<DOB>02/03/2013</DOB><ETHNIC>WBRI</ETHNIC><UASC /><AREVIEW><REVIEW>28/01/2026</REVIEW><REVIEW_CODE>PN3</REVIEW_CODE></AREVIEW>" +
            "<MOTHER /><MC_DOB /><OC2><SDQ_REASON>SDQ5</SDQ_REASON><CONVICTED>0</CONVICTED></OC2></HEADER>" +
            "<EPISODE><DECOM>11/11/2025</DECOM><RNE>S</RNE><LS>C2</LS><CIN>N1</CIN><PL>U4</PL><PL_POST>AL2 2BB</PL_POST><HOME_POST>AL1 1AA</HOME_POST>" +
            "<URN>SC123456</URN><PLACE_PROVIDER>PR1</PLACE_PROVIDER><DEC /><REC /><REASON_PLACE_CHANGE /></EPISODE></CHILD>" +
            "<CHILD><HEADER><CHILDID>700002</CHILDID><UPN /><SEX>F</SEX><DOB>19/12/2009</DOB><ETHNIC>APKN</ETHNIC><UASC>1</UASC><DUC>19/12/2027</DUC>" +
            "<MOTHER /><MC_DOB /></HEADER></CHILD></EXPSSDA903>").Readable();

        ret.Header.Select(h => (h.Row, h.CHILD, h.SEX, h.UASC, h.MOTHER)).ShouldBe([(1, "700001", "M", (string?)null, (string?)null), (2, "700002", "F", "1", null)]);
        ret.Reviews.Single().ShouldSatisfyAllConditions(r => r.CHILD.ShouldBe("700001"), r => r.DOB.ShouldBe("02/03/2013"), r => r.REVIEW_CODE.ShouldBe("PN3"));
        ret.Oc2.Single().SDQ_REASON.ShouldBe("SDQ5");
        ret.Episodes.Single().ShouldSatisfyAllConditions(e => e.PLACE.ShouldBe("U4"), e => e.DEC.ShouldBeNull(), e => e.CHILD.ShouldBe("700001"));
        ret.Uasc.Single().ShouldSatisfyAllConditions(u => u.CHILD.ShouldBe("700002"), u => u.SEX.ShouldBe("F"), u => u.DUC.ShouldBe("19/12/2027"));
        ret.Ad1.ShouldBeEmpty();
        ret.Oc3.ShouldBeEmpty();
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_no_entity_is_fetched_or_expanded()
    {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n" +
                     "<EXPSSDA903><CHILD><HEADER><CHILDID>&lol2;</CHILDID></HEADER></CHILD></EXPSSDA903>";
        var result = ReadXml(laughs);
        result.Return.ShouldBeNull();
        result.Errors.Single().ShouldSatisfyAllConditions(e => e.Row.ShouldBe(2), e => e.Message.ShouldContain("document type declaration"));

        var external = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><EXPSSDA903>&xxe;</EXPSSDA903>";
        ReadXml(external).Errors.Single().Message.ShouldContain("document type declaration");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var result = ReadXml(Child("<CHILDID>1</CHILDID>"), new Ssda903ReadOptions { MaxBytes = 20 });
        result.Return.ShouldBeNull();
        result.Errors.Single().Message.ShouldContain("larger than 20 bytes");
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_with_their_line()
    {
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\"?>\n<EXPSSDA903><CHILD><HEADER>\n<CHILDID>Zoé</CHILDID></HEADER></CHILD></EXPSSDA903>");
        var result = ReadXml(bytes);
        result.Return.ShouldBeNull();
        result.Errors.Single().ShouldSatisfyAllConditions(e => e.Row.ShouldBe(3), e => e.Message.ShouldContain("not saved as UTF-8"), e => e.Message.ShouldContain("0xE9"));
    }

    [Fact]
    public void A_truncated_file_is_refused_with_its_line()
    {
        var result = ReadXml("<?xml version=\"1.0\"?>\n<EXPSSDA903>\n<CHILD><HEADER><CHILDID>1001</CHILDID>\n</HEADER><EPISODE><DECOM>02/06/2026</DEC");
        result.Return.ShouldBeNull();
        result.Errors.Single().ShouldSatisfyAllConditions(e => e.Row.ShouldBe(4), e => e.Message.ShouldContain("not complete, well-formed XML"));
    }

    [Theory]
    [InlineData("CHILD,SEX,DOB\n1001,F,14/03/2015\n")]
    [InlineData("")]
    public void Text_that_is_not_XML_is_refused(string text) => ReadXml(text).Return.ShouldBeNull();

    [Fact]
    public void Another_root_is_refused() =>
        ReadXml("<Message><Header /></Message>").Errors.Single().Message.ShouldContain("not an SSDA903 XML file");

    [Fact]
    public void An_unknown_element_is_refused_with_its_line()
    {
        var result = ReadXml(Child("<CHILDID>1001</CHILDID>\n<SEXX>F</SEXX>", "<EPISODE><DECOM>02/06/2026</DECOM><PLACE>U4</PLACE></EPISODE><SWEPISODE />"));
        result.Return.ShouldBeNull();
        result.Errors.Select(e => (e.Row, e.Message.Split(' ')[2])).ShouldBe([(3, "<SEXX>"), (3, "<PLACE>"), (3, "<SWEPISODE>")]);
    }

    [Fact]
    public void An_item_given_twice_or_holding_elements_is_refused()
    {
        ReadXml(Child("<CHILDID>1001</CHILDID><SEX>F</SEX><SEX>M</SEX>")).Errors.Single().Message.ShouldContain("given twice");
        ReadXml(Child("<CHILDID><X>1</X></CHILDID>")).Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_child_without_a_header_first_is_refused() =>
        ReadXml("<EXPSSDA903><CHILD><EPISODE><DECOM>02/06/2026</DECOM></EPISODE></CHILD></EXPSSDA903>").Errors.Single().Message
            .ShouldContain("does not start with a <HEADER>");

    [Fact]
    public void An_empty_return_is_read() => ReadXml("<EXPSSDA903 />").Readable().Header.ShouldBeEmpty();
}

public sealed class Ssda903FilesTests
{
    private static (string, Stream) File(string name, string text) => (name, new MemoryStream(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void An_XML_file_is_read_as_XML_and_CSV_files_as_CSV()
    {
        Ssda903Files.Read([File("return.XML", "<EXPSSDA903><CHILD><HEADER><CHILDID>1001</CHILDID></HEADER></CHILD></EXPSSDA903>")])
            .Readable().Header.Single().CHILD.ShouldBe("1001");
        Ssda903Files.Read([File("header.csv", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n1002,F,,,,,\n")])
            .Readable().Header.Single().CHILD.ShouldBe("1002");
    }

    [Fact]
    public void XML_with_CSV_or_two_XML_files_are_refused() =>
        Ssda903Files.Read([File("a.xml", "<EXPSSDA903 />"), File("header.csv", "CHILD\n")]).Errors.Single().Message.ShouldContain("not both");
}
