namespace Hearth.Core.Returns.CinCensus.Xml;

// Children, Child, ChildIdentifiers and ChildCharacteristics (statutory-data.md A.1).
public static partial class CinCensusXmlReader
{
    private static void ReadChildList(CensusXmlCursor cursor, CensusMessage message) => cursor.ReadChildren(ChildrenElements, message);

    private static CensusChild ReadChild(CensusXmlCursor cursor)
    {
        var child = new CensusChild { Line = cursor.Line };
        cursor.ReadChildren(ChildElements, child);
        return child;
    }

    /// <summary>Adds a repeated code (Disability, AssessmentFactors); an empty one is left out, as there is nothing to check.</summary>
    private static void AddText(CensusXmlCursor cursor, List<string> list)
    {
        if (cursor.Text() is { } code)
        {
            list.Add(code);
        }
    }

    private static readonly CensusElementMap<List<string>> DisabilityElements = new(CensusTable.Disabilities)
    {
        { CensusField.Disability, (c, list) => AddText(c, list), true },
    };

    private static readonly CensusElementMap<CensusChild> CharacteristicElements = new(CensusTable.ChildCharacteristics)
    {
        { CensusField.Ethnicity, (c, child) => child.Ethnicity = c.Text() },
        { CensusTable.Disabilities, (c, child) => c.ReadChildren(DisabilityElements, child.Disabilities) },
    };

    private static readonly CensusElementMap<CensusChild> IdentifierElements = new(CensusTable.ChildIdentifiers)
    {
        { CensusField.LaChildId, (c, child) => child.LaChildId = c.Text() },
        { CensusField.Upn, (c, child) => child.Upn = c.Text() },
        { CensusField.FormerUpn, (c, child) => child.FormerUpn = c.Text() },
        { CensusField.UpnUnknown, (c, child) => child.UpnUnknown = c.Text() },
        { CensusField.PersonBirthDate, (c, child) => child.PersonBirthDate = c.Date() },
        { CensusField.ExpectedPersonBirthDate, (c, child) => child.ExpectedPersonBirthDate = c.Date() },

        // GenderCurrent up to 2023-24, Sex from 2024-25 (A.2): both read so older returns import.
        { CensusField.GenderCurrent, (c, child) => child.GenderCurrent = c.Text() },
        { CensusField.Sex, (c, child) => child.Sex = c.Text() },
        { CensusField.PersonDeathDate, (c, child) => child.PersonDeathDate = c.Date() },
    };

    private static readonly CensusElementMap<CensusChild> ChildElements = new(CensusXmlNames.Child)
    {
        { CensusTable.ChildIdentifiers, (c, child) => c.ReadChildren(IdentifierElements, child) },
        { CensusTable.ChildCharacteristics, (c, child) => c.ReadChildren(CharacteristicElements, child) },
        { CensusTable.CinDetails, (c, child) => child.CinDetails.Add(ReadEpisode(c)), true },
    };

    private static readonly CensusElementMap<CensusMessage> ChildrenElements = new(CensusXmlNames.Children)
    {
        { CensusXmlNames.Child, (c, m) => m.Children.Add(ReadChild(c)), true },
    };
}
