namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>180: the SDQ score (OC2 SDQ_SCORE), when given, is a whole number from 0 to 40 ("20.0" is accepted, as by the DfE validator).</summary>
public sealed class Rule180 : Ssda903Rule
{
    public override string Code => "180";
    public override string Message => "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context) =>
        context.Current.Oc2
            .Where(o => o.SDQ_SCORE.IsFilled()
                && !(double.TryParse(o.SDQ_SCORE, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var score)
                    && score is >= 0 and <= 40 && score == Math.Floor(score)))
            .Select(o => Finding(o, Ssda903Table.Oc2, nameof(Oc2Row.SDQ_SCORE), o.SDQ_SCORE));
}
