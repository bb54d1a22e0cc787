namespace Hearth.Core.Returns.CinCensus.Rules;

/// <summary>
/// 100: the header ReferenceDate must be present and be 31 March ending the year being returned.
/// The year comes from the caller (the return the authority is making), not from the file, so a
/// file dated for the wrong year is caught.
/// </summary>
public sealed class Rule100 : CinCensusRule
{
    public override string Code => "100";
    public override string Message => "Reference Date is incorrect";

    public override IEnumerable<CensusFinding> Check(CensusContext context)
    {
        var reference = context.Message.Header.ReferenceDate;
        if (reference != context.ReturnYear.End)
        {
            yield return Finding(null, CensusTable.Header, CensusField.ReferenceDate, reference);
        }
    }
}
