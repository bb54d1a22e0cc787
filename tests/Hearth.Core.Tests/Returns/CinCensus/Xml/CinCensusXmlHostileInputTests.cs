using System.Text;
using Hearth.Core.Returns.CinCensus.Xml;
using Shouldly;
using Xunit;
using static Hearth.Core.Tests.Returns.CinCensus.Xml.CensusXmlTestFiles;

namespace Hearth.Core.Tests.Returns.CinCensus.Xml;

/// <summary>Files that are wrong or hostile: each is refused with a plain reason, no census and no exception.</summary>
public sealed class CinCensusXmlHostileInputTests
{
    private const long MegaByte = 1024 * 1024;

    private static CensusReadProblem Refused(CensusReadResult result)
    {
        result.Message.ShouldBeNull();
        result.IsReadable.ShouldBeFalse();
        return result.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void An_external_entity_is_refused_as_a_DTD()
    {
        var result = Read("""
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE Message [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <Message><Header><CollectionDetails><Collection>&secret;</Collection></CollectionDetails></Header></Message>
            """);

        var error = Refused(result);
        error.Message.ShouldContain("document type declaration (DTD)");
        error.Message.ShouldContain("attack");
    }

    [Fact]
    public void Billion_laughs_is_refused_as_a_DTD()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n"));
        var result = Read($"""
            <?xml version="1.0"?>
            <!DOCTYPE Message [
            <!ENTITY lol0 "lol">
            {entities}]>
            <Message>&lol9;</Message>
            """);

        Refused(result).Message.ShouldContain("document type declaration (DTD)");
    }

    [Fact]
    public void A_200_MB_file_that_says_its_length_is_refused_before_it_is_read()
    {
        var stream = new GeneratedCensusStream(200 * MegaByte, seekable: true);

        var error = Refused(CinCensusXmlReader.Read(stream));

        error.Message.ShouldBe("The file is 200 MB. The largest census file Hearth reads is 100 MB.");
        stream.BytesGiven.ShouldBe(0);
    }

    [Fact]
    public void A_200_MB_upload_with_no_length_is_refused_once_it_passes_100_MB()
    {
        var stream = new GeneratedCensusStream(200 * MegaByte, seekable: false);

        var error = Refused(CinCensusXmlReader.Read(stream));

        error.Message.ShouldBe("The file is larger than 100 MB. The largest census file Hearth reads is 100 MB.");
        stream.BytesGiven.ShouldBeLessThan(101 * MegaByte);
    }

    [Fact]
    public void A_smaller_limit_is_kept()
    {
        var options = new CensusReadOptions { MaxBytes = 64 * 1024 };

        var error = Refused(CinCensusXmlReader.Read(new GeneratedCensusStream(MegaByte, seekable: false), options));

        error.Message.ShouldContain("larger than 64 KB");
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_inside_a_value_are_an_error_with_their_line()
    {
        var xml = OneChild(identifiers: "<UPN>AB#</UPN>");
        var bytes = Encoding.UTF8.GetBytes(xml);
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xFF;

        var error = Refused(Read(bytes));

        error.Line.ShouldBe(LineOf(xml, "<UPN>"));
        error.Message.ShouldContain("not valid UTF-8");
        error.Message.ShouldContain("0xFF");
    }

    [Fact]
    public void A_Latin1_file_that_does_not_say_so_is_an_error_with_the_line_of_the_first_accent()
    {
        var xml = OneChild(identifiers: "<Sex>F</Sex>").Replace("CHILD1", "Zoé-1");

        var error = Refused(Read(Encoding.Latin1.GetBytes(xml)));

        error.Line.ShouldBe(LineOf(xml, "Zoé"));
        error.Message.ShouldContain("not valid UTF-8");
        error.Message.ShouldContain("Latin-1");
    }

    [Fact]
    public void A_Latin1_file_that_says_so_is_read()
    {
        var xml = OneChild().Replace("CHILD1", "Zoé-1").Replace("encoding=\"utf-8\"", "encoding=\"ISO-8859-1\"");

        var result = Read(Encoding.Latin1.GetBytes(xml));

        result.Errors.ShouldBeEmpty();
        result.Message.ShouldNotBeNull().Children[0].LaChildId.ShouldBe("Zoé-1");
    }

    [Fact]
    public void A_file_in_an_encoding_Hearth_does_not_read_is_refused_by_name()
    {
        var xml = OneChild().Replace("encoding=\"utf-8\"", "encoding=\"windows-1252\"");

        Refused(Read(xml)).Message.ShouldContain("'windows-1252'");
    }

    [Fact]
    public void A_US_ASCII_file_with_a_byte_over_127_is_an_error()
    {
        var xml = OneChild().Replace("encoding=\"utf-8\"", "encoding=\"US-ASCII\"").Replace("CHILD1", "Zoé-1");

        var error = Refused(Read(Encoding.Latin1.GetBytes(xml)));

        error.Message.ShouldContain("not valid US-ASCII");
        error.Line.ShouldBe(LineOf(xml, "Zoé"));
    }

    [Fact]
    public void A_truncated_file_is_refused_as_cut_short()
    {
        var whole = File.ReadAllText(FixturePath("cin-census-synthetic-2025-26.xml"));

        var error = Refused(Read(whole[..(whole.Length / 2)]));

        error.Message.ShouldContain("cut short");
        error.Line.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void A_file_that_is_not_well_formed_is_refused_with_its_line()
    {
        var xml = OneChild(identifiers: "<Sex>F</Sexx>");

        var error = Refused(Read(xml));

        error.Line.ShouldBe(LineOf(xml, "</Sexx>"));
        error.Message.ShouldContain("not well-formed XML");
    }

    [Fact]
    public void A_file_that_is_not_XML_is_refused()
    {
        var error = Refused(Read("LAchildID,UPN,Sex\nCHILD1,K201400112001,F\n"));

        error.Message.ShouldContain("not XML");
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        Refused(Read([])).Message.ShouldContain("The file is empty");
    }

    [Fact]
    public void Content_after_the_Message_is_refused()
    {
        Refused(Read(OneChild() + "<Message/>")).Message.ShouldContain("not well-formed XML");
    }
}
