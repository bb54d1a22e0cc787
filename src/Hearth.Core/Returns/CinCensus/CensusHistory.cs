using System.Globalization;
using Hearth.Core.Assessment;
using Hearth.Core.CareProceedings;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.Data;
using Hearth.Core.People;
using Hearth.Core.Statutory;

namespace Hearth.Core.Returns.CinCensus;

/// <summary>One child's imported history: the census modules turned into the record's own items, flagged Imported.</summary>
internal sealed class CensusHistory(Person person, DateTime now, List<CensusImportProblem> notes)
{
    public List<CinEpisode> Episodes { get; } = [];
    public List<ChildAndFamilyAssessment> Assessments { get; } = [];
    public List<ChildInNeedPlan> CinPlans { get; } = [];
    public List<Section47Enquiry> Enquiries { get; } = [];
    public List<InitialChildProtectionConference> Conferences { get; } = [];
    public List<ChildProtectionPlan> Plans { get; } = [];
    public List<PreProceedings> PreProceedings { get; } = [];

    public void Add(int line, CinDetails details)
    {
        var episode = CinEpisode.FromCensus(person.Id, details.ReferralDate!.Value, details.ReferralSource ?? "",
            details.PrimaryNeedCode, details.ClosureDate, details.ReasonForClosure, details.IsReferralNfa, now);
        Episodes.Add(episode);
        Assessments.AddRange(details.Assessments.Select(a => ChildAndFamilyAssessment.FromCensus(
            episode, a.ActualStartDate!.Value, a.InternalReviewDate, a.AuthorisationDate, a.Factors, now)));
        CinPlans.AddRange(details.CinPlans.Select(p => ChildInNeedPlan.FromCensus(episode, p.StartDate!.Value, p.EndDate, now)));
        var conferenceOn = new Dictionary<DateOnly, InitialChildProtectionConference>();
        foreach (var s47 in details.Section47s)
        {
            AddEnquiry(line, episode, s47, details, conferenceOn);
        }
        if (details.DateOfInitialCpc is { } episodeLevel && !conferenceOn.ContainsKey(episodeLevel))
        {
            conferenceOn[episodeLevel] = Conference(episode, null, episodeLevel, null, details);
        }
        foreach (var plan in details.ChildProtectionPlans)
        {
            AddPlan(line, episode, plan, conferenceOn);
        }
        PreProceedings.AddRange(details.PreProceedings.Select(p => PreProceedingsFrom(episode, p)));
    }

    private void AddEnquiry(int line, CinEpisode episode, CensusSection47 s47, CinDetails details,
        Dictionary<DateOnly, InitialChildProtectionConference> conferenceOn)
    {
        var start = s47.ActualStartDate!.Value;
        var target = s47.InitialCpcTarget;
        if (target is null)
        {
            // Derived, not invented: WT23 ch.3 sets it at 15 working days from the strategy discussion,
            // for which the census gives only the enquiry's start. Said in the import report.
            target = WorkingDays.AddWorkingDays(start, 15);
            notes.Add(new CensusImportProblem(line,
                $"Child {person.Reference}: the section 47 enquiry started {start:yyyy-MM-dd} has no InitialCPCtarget; Hearth recorded {target:yyyy-MM-dd}, 15 working days from its start."));
        }
        var enquiry = Section47Enquiry.FromCensus(episode.Id, person.Id, start, target.Value, s47.IsIcpcNotRequired, s47.DateOfInitialCpc, now);
        Enquiries.Add(enquiry);
        if (s47.DateOfInitialCpc is { } date && !conferenceOn.ContainsKey(date))
        {
            conferenceOn[date] = Conference(episode, enquiry.Id, date, target, details);
        }
    }

    private InitialChildProtectionConference Conference(CinEpisode episode, Guid? enquiryId, DateOnly date, DateOnly? target, CinDetails details)
    {
        var plan = details.ChildProtectionPlans.FirstOrDefault(p => p.StartDate == date);
        var conference = InitialChildProtectionConference.FromCensus(episode.Id, person.Id, enquiryId, date, target,
            ChildProtectionCodes.ParseCategory(plan?.InitialCategoryOfAbuse), now);
        Conferences.Add(conference);
        return conference;
    }

    private void AddPlan(int line, CinEpisode episode, CensusChildProtectionPlan plan, Dictionary<DateOnly, InitialChildProtectionConference> conferenceOn)
    {
        var start = plan.StartDate!.Value;
        if (!int.TryParse(plan.NumberOfPreviousCpp, NumberStyles.None, CultureInfo.InvariantCulture, out var previous))
        {
            notes.Add(new CensusImportProblem(line,
                $"Child {person.Reference}: the child protection plan started {start:yyyy-MM-dd} has no NumberOfPreviousCPP; Hearth recorded 0 and the census check 8730 will ask for it."));
        }
        foreach (var _ in plan.ReviewDates.Where(d => d is null))
        {
            notes.Add(new CensusImportProblem(line,
                $"Child {person.Reference}: a review of the plan started {start:yyyy-MM-dd} has no date, so it was not recorded."));
        }
        var initial = ChildProtectionCodes.ParseCategory(plan.InitialCategoryOfAbuse)!.Value;
        var latest = ChildProtectionCodes.ParseCategory(plan.LatestCategoryOfAbuse)!.Value;
        Plans.Add(ChildProtectionPlan.FromCensus(episode.Id, person.Id, conferenceOn.GetValueOrDefault(start)?.Id, start, plan.EndDate,
            initial, latest, previous, plan.ReviewDates.OfType<DateOnly>(), now));
    }

    private PreProceedings PreProceedingsFrom(CinEpisode episode, CensusPreProceedings p) => new()
    {
        EpisodeId = episode.Id,
        PersonId = person.Id,
        StartDate = p.StartDate!.Value,
        LetterBeforeProceedingsSentOn = p.LetterBeforeProceedingsSentDate,
        FamilyGroupMeetingOffered = FlagOrNull(p.FamilyGroupMeetingOffered),
        FamilyGroupMeetingFacilitated = FlagOrNull(p.FamilyGroupMeetingFacilitated),
        InitialMeetingOn = p.InitialMeetingDate,
        ReviewMeetingsCount = int.TryParse(p.ReviewMeetingsCount, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null,
        StepDecisionOn = p.StepDecisionDate,
        Outcome = p.Outcome,
        CourtApplicationOn = p.CourtApplicationDate,
        LetterInitiatingProceedingsOn = p.LetterInitiatingCarePlanningDate,
        Imported = true,
        RecordedAt = now,
        RecordedByName = ChildAndFamilyAssessment.ImportedBy,
    };

    private static bool? FlagOrNull(string? value) => CensusFlag.IsTrue(value) ? true : CensusFlag.IsFalse(value) ? false : null;

    public void AddTo(HearthDbContext db)
    {
        db.CinEpisodes.AddRange(Episodes);
        db.Assessments.AddRange(Assessments);
        db.ChildInNeedPlans.AddRange(CinPlans);
        db.Section47Enquiries.AddRange(Enquiries);
        db.InitialChildProtectionConferences.AddRange(Conferences);
        db.ChildProtectionPlans.AddRange(Plans);
        db.PreProceedings.AddRange(PreProceedings);
    }

    public CensusImportChild Summary(int line, string laChildId, string? matchedBy, int alreadyHeld) => new(
        line, laChildId, person.Id, matchedBy, Episodes.Count, alreadyHeld, Assessments.Count, CinPlans.Count, Enquiries.Count,
        Conferences.Count, Plans.Count, Plans.Sum(p => p.Reviews.Count), PreProceedings.Count);
}
