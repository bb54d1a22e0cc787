using Hearth.Core.Assessment;
using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.ChildInNeed;
using Hearth.Core.ChildProtection;
using Hearth.Core.EarlyHelp;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Core.Data;

/// <summary>
/// The record. One context for both providers (DESIGN.md idea 7): mapping lives in each area's
/// *Configuration class; migrations live in Hearth.Data.Sqlite and Hearth.Data.Postgres.
/// </summary>
public class HearthDbContext(DbContextOptions<HearthDbContext> options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonName> PersonNames => Set<PersonName>();
    public DbSet<PersonAddress> PersonAddresses => Set<PersonAddress>();
    public DbSet<PersonSearchKey> PersonSearchKeys => Set<PersonSearchKey>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<ProfessionalInvolvement> ProfessionalInvolvements => Set<ProfessionalInvolvement>();
    public DbSet<RestrictedRecordAccess> RestrictedRecordAccess => Set<RestrictedRecordAccess>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseNoteAmendment> CaseNoteAmendments => Set<CaseNoteAmendment>();
    public DbSet<ProcessEvent> ProcessEvents => Set<ProcessEvent>();
    public DbSet<ProcessEventSubject> ProcessEventSubjects => Set<ProcessEventSubject>();
    public DbSet<AccessEvent> AccessEvents => Set<AccessEvent>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Allocation> Allocations => Set<Allocation>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactChild> ContactChildren => Set<ContactChild>();
    public DbSet<InformationRequest> InformationRequests => Set<InformationRequest>();
    public DbSet<ReferrerLetter> ReferrerLetters => Set<ReferrerLetter>();
    public DbSet<CinEpisode> CinEpisodes => Set<CinEpisode>();
    public DbSet<ChildInNeedPlan> ChildInNeedPlans => Set<ChildInNeedPlan>();
    public DbSet<CinPlanOutcome> CinPlanOutcomes => Set<CinPlanOutcome>();
    public DbSet<CinPlanAction> CinPlanActions => Set<CinPlanAction>();
    public DbSet<CinPlanReview> CinPlanReviews => Set<CinPlanReview>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<CinTransfer> CinTransfers => Set<CinTransfer>();
    public DbSet<StepChange> StepChanges => Set<StepChange>();
    public DbSet<StepDownChase> StepDownChases => Set<StepDownChase>();
    public DbSet<EarlyHelpEpisode> EarlyHelpEpisodes => Set<EarlyHelpEpisode>();
    public DbSet<EarlyHelpMeeting> EarlyHelpMeetings => Set<EarlyHelpMeeting>();
    public DbSet<ChildAndFamilyAssessment> Assessments => Set<ChildAndFamilyAssessment>();
    public DbSet<AssessmentReturn> AssessmentReturns => Set<AssessmentReturn>();
    public DbSet<Chronology.ChronologyEntry> ChronologyEntries => Set<Chronology.ChronologyEntry>();
    public DbSet<Chronology.ChronologyAnnotation> ChronologyAnnotations => Set<Chronology.ChronologyAnnotation>();
    public DbSet<Oversight.ManagementOversight> ManagementOversights => Set<Oversight.ManagementOversight>();
    public DbSet<Oversight.OversightAction> OversightActions => Set<Oversight.OversightAction>();
    public DbSet<Oversight.SupervisionSession> SupervisionSessions => Set<Oversight.SupervisionSession>();
    public DbSet<StrategyDiscussion> StrategyDiscussions => Set<StrategyDiscussion>();
    public DbSet<Section47Enquiry> Section47Enquiries => Set<Section47Enquiry>();
    public DbSet<InitialChildProtectionConference> InitialChildProtectionConferences => Set<InitialChildProtectionConference>();
    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();
    public DbSet<CoreGroupMeeting> CoreGroupMeetings => Set<CoreGroupMeeting>();
    public DbSet<ReviewChildProtectionConference> ReviewChildProtectionConferences => Set<ReviewChildProtectionConference>();
    public DbSet<ChildProtectionVisit> ChildProtectionVisits => Set<ChildProtectionVisit>();
    public DbSet<CareProceedings.PreProceedings> PreProceedings => Set<CareProceedings.PreProceedings>();
    public DbSet<Returns.CinCensus.CensusQueryExplanation> CensusQueryExplanations => Set<Returns.CinCensus.CensusQueryExplanation>();
    public DbSet<LookedAfter.CarePeriod> CarePeriods => Set<LookedAfter.CarePeriod>();
    public DbSet<LookedAfter.LegalStatusRecord> LegalStatuses => Set<LookedAfter.LegalStatusRecord>();
    public DbSet<LookedAfter.Placement> Placements => Set<LookedAfter.Placement>();
    public DbSet<LookedAfter.LookedAfterReview> LookedAfterReviews => Set<LookedAfter.LookedAfterReview>();
    public DbSet<LookedAfter.LookedAfterVisit> LookedAfterVisits => Set<LookedAfter.LookedAfterVisit>();
    public DbSet<LookedAfter.IroChallenge> IroChallenges => Set<LookedAfter.IroChallenge>();
    public DbSet<LookedAfter.HealthEntry> HealthEntries => Set<LookedAfter.HealthEntry>();
    public DbSet<LookedAfter.PersonalEducationPlan> PersonalEducationPlans => Set<LookedAfter.PersonalEducationPlan>();
    public DbSet<LookedAfter.SupportArrangement> SupportArrangements => Set<LookedAfter.SupportArrangement>();
    public DbSet<LookedAfter.MissingEpisode> MissingEpisodes => Set<LookedAfter.MissingEpisode>();
    public DbSet<LookedAfter.DeprivationOfLibertyOrder> DeprivationOfLibertyOrders => Set<LookedAfter.DeprivationOfLibertyOrder>();
    public DbSet<LookedAfter.LookedAfterChildProfile> LookedAfterChildProfiles => Set<LookedAfter.LookedAfterChildProfile>();
    public DbSet<LookedAfter.AdoptionDecision> AdoptionDecisions => Set<LookedAfter.AdoptionDecision>();
    public DbSet<LookedAfter.SocialWorkerEpisode> SocialWorkerEpisodes => Set<LookedAfter.SocialWorkerEpisode>();
    public DbSet<CareLeavers.CareLeaverContact> CareLeaverContacts => Set<CareLeavers.CareLeaverContact>();
    public DbSet<CareLeavers.PathwayPlanEntry> PathwayPlans => Set<CareLeavers.PathwayPlanEntry>();
    public DbSet<CareLeavers.PersonalAdviserAllocation> PersonalAdvisers => Set<CareLeavers.PersonalAdviserAllocation>();
    public DbSet<CareLeavers.StayingPutArrangement> StayingPutArrangements => Set<CareLeavers.StayingPutArrangement>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HearthDbContext).Assembly);
        // Ids are made in C# when the entity is created. Marking them "never generated" makes EF
        // treat a new child added to a tracked parent's list as an insert, not an update.
        foreach (var key in modelBuilder.Model.GetEntityTypes().Select(t => t.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            foreach (var property in key.Properties.Where(p => p.ClrType == typeof(Guid)))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite gives back Unspecified, PostgreSQL insists on Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangesToHistory();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangesToHistory();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Events, access events, and finalised notes' amendments are append-only: nothing that
    /// says what happened may be rewritten (DESIGN.md ideas 2 and 3).
    /// </summary>
    private void RefuseChangesToHistory()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            var appendOnly = entry.Entity is ProcessEvent or ProcessEventSubject or AccessEvent or CaseNoteAmendment;
            if (appendOnly && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"{entry.Entity.GetType().Name} rows are append-only.");
            }
            if (entry.Entity is CaseNote && entry.State == EntityState.Deleted)
            {
                throw new InvalidOperationException("Case notes are never deleted.");
            }
            if (entry.Entity is CaseNote { Status: CaseNoteStatus.Final } && entry.State == EntityState.Modified
                && entry.OriginalValues.GetValue<CaseNoteStatus>(nameof(CaseNote.Status)) == CaseNoteStatus.Final
                && entry.Properties.Any(p => p.IsModified && p.Metadata.Name is nameof(CaseNote.Body) or nameof(CaseNote.Subject) or nameof(CaseNote.NoteDate)))
            {
                throw new CaseNoteLockedException("This case note has been finalised and cannot be changed. Add an amendment instead.");
            }
        }
    }
}
