namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>366: each respite break (legal status V3) is its own episode starting a period of care, so its RNE must be S. Flags RNE.</summary>
public sealed class Rule366 : Ssda903Rule
{
    public override string Code => "366";
    public override string Message => "A child cannot change placement during the course of an individual short-term respite break.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Episodes
            .Where(e => e.LS.Trimmed() == "V3" && e.RNE.Trimmed() != "S")
            .Select(e => Finding(e, Ssda903Table.Episodes, "RNE", e.RNE));
}
