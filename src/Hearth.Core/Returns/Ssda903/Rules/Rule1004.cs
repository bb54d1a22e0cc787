namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>1004: every missing or away-from-placement episode needs a start date in dd/mm/yyyy; a blank start is flagged too.</summary>
public sealed class Rule1004 : Ssda903Rule
{
    public override string Code => "1004";
    public override string Message => "The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(m => Ssda903Date.Parse(m.MIS_START) is null)
            .Select(m => Finding(m, Ssda903Table.Missing, nameof(MissingRow.MIS_START), m.MIS_START));
}
