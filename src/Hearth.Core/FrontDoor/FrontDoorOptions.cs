using Hearth.Core.Statutory;

namespace Hearth.Core.FrontDoor;

/// <summary>
/// An authority's front-door settings (configuration section "FrontDoor"). The RAG decision
/// deadlines are local procedure, not statute, so each authority sets its own; the defaults are
/// the common ones (red 4 hours, amber 1 working day, green 3 working days).
/// </summary>
public sealed class FrontDoorOptions
{
    public const string Section = "FrontDoor";

    /// <summary>Hours from receipt for a red contact; counted round the clock, as the emergency duty team covers nights.</summary>
    public int RedDecisionHours { get; set; } = 4;

    public int AmberDecisionWorkingDays { get; set; } = 1;

    public int GreenDecisionWorkingDays { get; set; } = 3;

    /// <summary>When the day team's working day starts: out-of-hours contacts are handed over that morning.</summary>
    public TimeOnly DayTeamStarts { get; set; } = new(9, 0);

    /// <summary>The authority's name on letters to referrers.</summary>
    public string AuthorityName { get; set; } = "Demo County Council";

    /// <summary>The front door's telephone number on letters to referrers.</summary>
    public string FrontDoorPhone { get; set; } = "0300 123 4567";

    /// <summary>Public referral form submissions allowed from one address per minute.</summary>
    public int PublicFormPermitPerMinute { get; set; } = 5;

    /// <summary>The authority's amber and green deadlines as overrides of the rule table, so the engine and the queue agree.</summary>
    public IEnumerable<RuleOverride> RuleOverrides() =>
    [
        new("frontdoor.contact-decision.amber", Timescale.OfWorkingDays(AmberDecisionWorkingDays)),
        new("frontdoor.contact-decision.green", Timescale.OfWorkingDays(GreenDecisionWorkingDays)),
    ];
}
