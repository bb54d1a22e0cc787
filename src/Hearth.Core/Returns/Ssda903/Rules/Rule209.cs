namespace Hearth.Core.Returns.Ssda903.Rules;

/// <summary>
/// 209: UN1 ("not yet of school age") is wrong for a child who was 4 by 31 August before the
/// collection year started (31 August 2025 for 2026-27). Flags UPN and DOB.
/// </summary>
public sealed class Rule209 : Ssda903Rule
{
    public override string Code => "209";
    public override string Message => "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.";

    public override IEnumerable<Ssda903Finding> Check(Ssda903Context context)
    {
        var reference = new DateOnly(context.CollectionStart.Year - 1, 8, 31);
        return context.Current.Header
            .Where(h => h.UPN.Trimmed() == "UN1" && h.DOB.Date() is { } dob && dob.PlusYears(4) <= reference)
            .SelectMany(h => this.Cells(h, Ssda903Table.Header, "UPN", "DOB"));
    }
}
