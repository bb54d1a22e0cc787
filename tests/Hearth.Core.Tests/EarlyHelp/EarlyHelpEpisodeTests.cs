using Hearth.Core.EarlyHelp;
using Hearth.Core.Validation;
using Shouldly;
using Xunit;

namespace Hearth.Core.Tests.EarlyHelp;

public class EarlyHelpEpisodeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Requested = new(2026, 10, 1);

    private static EarlyHelpEpisode Open() => EarlyHelpEpisode.Open(Guid.NewGuid(),
        new EarlyHelpRequest(Requested, EarlyHelpRequester.School, "Attendance has fallen and mum is struggling", true, Requested), Today, Now, "Sam Okafor");

    private static IReadOnlyList<FieldError> Refused(Action action) => Should.Throw<ValidationFailedException>(action).Errors;

    [Fact]
    public void A_request_with_the_family_consent_opens_an_episode()
    {
        var episode = Open();

        episode.IsOpen.ShouldBeTrue();
        episode.ConsentGiven.ShouldBeTrue();
        episode.ConsentDate.ShouldBe(Requested);
        episode.RequestedBy.ShouldBe(EarlyHelpRequester.School);
    }

    [Fact]
    public void A_request_without_consent_is_refused_because_early_help_is_voluntary()
    {
        var errors = Refused(() => EarlyHelpEpisode.Open(Guid.NewGuid(), new EarlyHelpRequest(Requested, EarlyHelpRequester.Family, "Help with routines", false, null),
            Today, Now, "Sam Okafor"));

        errors.Select(e => e.Field).ShouldBe(["ConsentGiven"]);
        errors[0].Message.ShouldContain("consent");
    }

    [Fact]
    public void An_empty_request_gets_one_GOV_UK_message_for_each_missing_answer()
    {
        var errors = Refused(() => EarlyHelpEpisode.Open(Guid.NewGuid(), new EarlyHelpRequest(null, null, " ", true, null), Today, Now, "Sam Okafor"));

        errors.ShouldBe([
            new FieldError("RequestedOn", "Enter the date early help was requested"),
            new FieldError("RequestedBy", "Select who asked for early help"),
            new FieldError("Reason", "Enter what help the family needs"),
            new FieldError("ConsentDate", "Enter the date the family gave consent"),
        ]);
    }

    [Fact]
    public void A_request_or_consent_dated_in_the_future_is_refused()
    {
        var errors = Refused(() => EarlyHelpEpisode.Open(Guid.NewGuid(),
            new EarlyHelpRequest(Today.AddDays(1), EarlyHelpRequester.Family, "Help", true, Today.AddDays(1)), Today, Now, "Sam Okafor"));

        errors.Select(e => e.Message).ShouldBe([
            "The date early help was requested must be today or in the past",
            "The date the family gave consent must be today or in the past",
        ]);
    }

    [Fact]
    public void An_assessment_cannot_start_before_the_request_or_complete_before_it_started()
    {
        var episode = Open();

        var beforeRequest = Refused(() => episode.RecordAssessment(new EarlyHelpAssessment(Requested.AddDays(-1), null, "Ann Lee", "Parkside Primary", null), Today));
        var completedFirst = Refused(() => episode.RecordAssessment(new EarlyHelpAssessment(Requested.AddDays(10), Requested.AddDays(9), "Ann Lee", "Parkside Primary", "Routines"), Today));

        beforeRequest.Single().Field.ShouldBe("StartDate");
        completedFirst.Single().Message.ShouldBe("The date the assessment was completed must be the same as or after the date it started");
        episode.AssessmentStartDate.ShouldBeNull();
    }

    [Fact]
    public void A_completed_assessment_needs_the_needs_it_identified_and_a_lead_professional()
    {
        var episode = Open();

        var errors = Refused(() => episode.RecordAssessment(new EarlyHelpAssessment(Requested, Requested.AddDays(20), "", null, null), Today));

        errors.Select(e => e.Field).ShouldBe(["NeedsIdentified", "LeadProfessionalName", "LeadOrganisation"]);
    }

    [Fact]
    public void A_started_assessment_is_completed_by_recording_it_again()
    {
        var episode = Open();
        episode.RecordAssessment(new EarlyHelpAssessment(Requested.AddDays(3), null, "Ann Lee", "Parkside Primary", null), Today);

        episode.RecordAssessment(new EarlyHelpAssessment(Requested.AddDays(3), Requested.AddDays(20), "Ann Lee", "Parkside Primary", "School attendance; parenting support"), Today);

        episode.AssessmentCompletedDate.ShouldBe(Requested.AddDays(20));
        episode.NeedsIdentified.ShouldBe("School attendance; parenting support");
    }

    [Fact]
    public void A_meeting_cannot_be_dated_in_the_future_or_before_the_request()
    {
        var episode = Open();

        Refused(() => episode.AddMeeting(new EarlyHelpMeetingInput(EarlyHelpMeetingKind.TeamAroundTheFamily, Today.AddDays(1), "Mum, school", "Plan agreed"), Today, Now, "Sam"))
            .Single().Message.ShouldBe("The date of the meeting must be today or in the past");
        Refused(() => episode.AddMeeting(new EarlyHelpMeetingInput(EarlyHelpMeetingKind.PlanReview, Requested.AddDays(-1), "Mum, school", "Plan agreed"), Today, Now, "Sam"))
            .Single().Field.ShouldBe("Date");
        episode.Meetings.ShouldBeEmpty();
    }

    [Fact]
    public void A_meeting_on_the_day_of_the_request_is_recorded()
    {
        var episode = Open();

        var meeting = episode.AddMeeting(new EarlyHelpMeetingInput(EarlyHelpMeetingKind.TeamAroundTheFamily, Requested, "Mum, class teacher, health visitor", "Plan agreed"), Today, Now, "Sam");

        episode.Meetings.ShouldBe([meeting]);
        meeting.EpisodeId.ShouldBe(episode.Id);
    }

    [Fact]
    public void Closing_needs_an_outcome_and_text_when_the_outcome_is_other()
    {
        var episode = Open();

        Refused(() => episode.Close(new EarlyHelpClosure(Today, null, null), Today)).Single().Message.ShouldBe("Select the outcome");
        Refused(() => episode.Close(new EarlyHelpClosure(Today, EarlyHelpClosureOutcome.Other, " "), Today)).Single().Message.ShouldBe("Enter the outcome");
        episode.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void An_episode_cannot_close_before_its_last_meeting_and_once_closed_takes_no_more_meetings()
    {
        var episode = Open();
        var meetingDay = Requested.AddDays(30);
        episode.AddMeeting(new EarlyHelpMeetingInput(EarlyHelpMeetingKind.PlanReview, meetingDay, "Mum", "Going well"), Today, Now, "Sam");

        Refused(() => episode.Close(new EarlyHelpClosure(meetingDay.AddDays(-1), EarlyHelpClosureOutcome.NeedsMet, null), Today)).Single().Field.ShouldBe("ClosedOn");
        episode.Close(new EarlyHelpClosure(meetingDay, EarlyHelpClosureOutcome.NeedsMet, null), Today);

        episode.IsOpen.ShouldBeFalse();
        Refused(() => episode.AddMeeting(new EarlyHelpMeetingInput(EarlyHelpMeetingKind.PlanReview, Today, "Mum", "More"), Today, Now, "Sam")).Single().Field.ShouldBe("Kind");
        Refused(() => episode.Close(new EarlyHelpClosure(Today, EarlyHelpClosureOutcome.NeedsMet, null), Today)).Single().Message.ShouldBe("This early help episode is already closed");
    }
}
