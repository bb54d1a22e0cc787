namespace Hearth.Core.Workforce;

/// <summary>One reason a child's social worker changes, as the 903 codes it (SW_REASON).</summary>
public sealed record SocialWorkerChangeReason(string Code, string Label);

/// <summary>
/// The reasons for a change of social worker that the SSDA903 SWEpisodes table accepts (SW_REASON, rule SW13STG1; the
/// codes are Returns.Ssda903.Ssda903Codes.SocialWorkerChangeReason). Only the codes could be confirmed against the
/// DfE's validation rules (and D2I's validator); the DfE guidance wording of each label could not be checked here, so
/// each label is the plain reading of its code with the code beside it, and the three codes with no plain reading
/// (TSPROC, CHCHAN, PCCHAN) show only the code, until someone checks the labels against the 903 guidance.
/// FCONTA is the one the rules explain: a change for family contact may overlap the previous worker (rule SW10STG2).
/// </summary>
public static class SocialWorkerChangeReasons
{
    /// <summary>
    /// The code written for a child's first social worker, when there was no worker to change from. Rule SW01bSTG1 wants
    /// a reason on every episode from April 2023 and D2I's SW01STG1 on every episode of a child looked after at 31
    /// March, first included; none of the codes means "first allocation", so the catch-all OTHERS is the honest one.
    /// </summary>
    public const string FirstWorker = "OTHERS";

    public static readonly IReadOnlyList<SocialWorkerChangeReason> All =
    [
        new("MANAGE", "Management decision (MANAGE)"),
        new("FCONTA", "Family contact (FCONTA)"),
        new("LEFTRL", "Social worker left the role (LEFTRL)"),
        new("ORGRST", "Organisational restructure (ORGRST)"),
        new("TSPROC", "Reason code TSPROC"),
        new("ABSENC", "Social worker absent (ABSENC)"),
        new("CHCHAN", "Reason code CHCHAN"),
        new("PCCHAN", "Reason code PCCHAN"),
        new("SWDIED", "Social worker died (SWDIED)"),
        new("OTHERS", "Other (OTHERS)"),
    ];

    public static bool IsCode(string? code) => code is not null && All.Any(r => r.Code == code);
}
