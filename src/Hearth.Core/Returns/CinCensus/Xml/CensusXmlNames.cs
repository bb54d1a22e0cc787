namespace Hearth.Core.Returns.CinCensus.Xml;

/// <summary>
/// The census file's container elements (statutory-data.md A.1). Value elements are named by
/// <see cref="CensusField"/> and modules by <see cref="CensusTable"/>, as the DfE validator names them.
/// </summary>
public static class CensusXmlNames
{
    public const string Message = "Message";
    public const string Header = "Header";
    public const string CollectionDetails = "CollectionDetails";
    public const string Source = "Source";
    public const string Children = "Children";
    public const string Child = "Child";
    public const string FactorsIdentifiedAtAssessment = "FactorsIdentifiedAtAssessment";

    /// <summary>The element is CINPlanDates; the DfE validator names its table CINplanDates (<see cref="CensusTable.CinPlanDates"/>).</summary>
    public const string CinPlanDates = "CINPlanDates";
}
