namespace Hearth.Core.Chronology;

/// <summary>
/// Which process events belong in a child's chronology, and what each area is called as a source.
/// Two ways in, both here so there is one place to extend: an event type on the allow-list, or any
/// event written by a casework area's processes (assessment, child protection, children in need...),
/// so those areas' events appear without touching this class. Noise (drafts, edits of drafts, the
/// chronology's own annotations) is left out either way.
/// </summary>
public static class ChronologyEventTypes
{
    /// <summary>Event types that are chronology entries wherever they were written.</summary>
    public static readonly IReadOnlySet<string> AllowList = new HashSet<string>(StringComparer.Ordinal)
    {
        // Front door
        "ContactRecorded", "ContactRated", "ContactTreatedAsReferral", "InformationResponseRecorded", "ThresholdDecisionMade",
        "CinEpisodeOpened", "ReferrerLetterSent",
        // Early help and step-up/step-down
        "EarlyHelpRequested", "EarlyHelpAssessmentRecorded", "EarlyHelpMeetingRecorded", "EarlyHelpEpisodeClosed",
        "ChildSteppedDown", "ChildSteppedUp", "StepChangeAccepted", "StepChangeDeclined", "StepDownEscalated",
        // Case notes: only the finalised record and its amendments, never drafts
        "CaseNoteFinalised", "CaseNoteAmended",
        // Workforce and people
        "ChildAllocated", "PeopleMerged",
        // This area
        ChronologyEntryAdded, ManagementOversightRecorded,
    };

    /// <summary>Process prefixes (the area before the dot) whose every non-draft event is a chronology entry.</summary>
    public static readonly IReadOnlyList<string> CaseworkAreas =
        ["Assessment", "ChildProtection", "ChildInNeed", "LookedAfter", "CareProceedings", "Adoption", "CareLeavers", "Exploitation"];

    /// <summary>Words in an event type that mark it as noise even when its area is included.</summary>
    public static readonly IReadOnlyList<string> Excluded = ["Draft", "Annotated", "Viewed", "AssessmentUpdated"];

    public const string ChronologyEntryAdded = nameof(Chronology.ChronologyEntryAdded);
    public const string ManagementOversightRecorded = nameof(Oversight.ManagementOversightRecorded);

    /// <summary>The source shown for an automatic entry, from its process's area.</summary>
    public static string SourceOf(string process)
    {
        var area = process.Split('.')[0];
        return area switch
        {
            "FrontDoor" => "Front door",
            "EarlyHelp" => "Early help",
            "CaseNotes" => "Case notes",
            "ChildProtection" => "Child protection",
            "ChildInNeed" => "Children in need",
            "LookedAfter" => "Looked after",
            "CareProceedings" => "Care proceedings",
            "CareLeavers" => "Care leavers",
            "Oversight" => "Management oversight",
            "Workforce" => "Allocation",
            "People" => "Record",
            _ => area,
        };
    }
}
