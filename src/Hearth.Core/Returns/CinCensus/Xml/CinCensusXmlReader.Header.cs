namespace Hearth.Core.Returns.CinCensus.Xml;

// Message and Header (statutory-data.md A.1).
public static partial class CinCensusXmlReader
{
    private static readonly CensusElementMap<CensusHeader> CollectionDetailsElements = new(CensusXmlNames.CollectionDetails)
    {
        { CensusField.Collection, (c, h) => h.Collection = c.Text() },
        { CensusField.Year, (c, h) => h.Year = c.Text() },
        { CensusField.ReferenceDate, (c, h) => h.ReferenceDate = c.Date() },
    };

    private static readonly CensusElementMap<CensusHeader> SourceElements = new(CensusXmlNames.Source)
    {
        { CensusField.SourceLevel, (c, h) => h.SourceLevel = c.Text() },
        { CensusField.Lea, (c, h) => h.Lea = c.Text() },
        { CensusField.SoftwareCode, (c, h) => h.SoftwareCode = c.Text() },
        { CensusField.Release, (c, h) => h.Release = c.Text() },
        { CensusField.SerialNo, (c, h) => h.SerialNo = c.Text() },
        { CensusField.DateTime, (c, h) => h.DateTime = c.DateTime() },
    };

    private static readonly CensusElementMap<CensusHeader> HeaderElements = new(CensusXmlNames.Header)
    {
        { CensusXmlNames.CollectionDetails, (c, h) => c.ReadChildren(CollectionDetailsElements, h) },
        { CensusXmlNames.Source, (c, h) => c.ReadChildren(SourceElements, h) },
    };

    private static readonly CensusElementMap<CensusMessage> MessageElements = new(CensusXmlNames.Message)
    {
        { CensusXmlNames.Header, (c, m) => c.ReadChildren(HeaderElements, m.Header) },
        { CensusXmlNames.Children, ReadChildList },
    };
}
