namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>1005: a missing episode's end date, when given, must be a real dd/mm/yyyy date (blank: still missing).</summary>
public sealed class Rule1005 : Ssda903Rule
{
    public override string Code => "1005";
    public override string Message => "The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Missing
            .Where(m => Ssda903Date.IsInvalid(m.MIS_END))
            .Select(m => Finding(m, Ssda903Table.Missing, nameof(MissingRow.MIS_END), m.MIS_END));
}
