using Hearth.Core.Audit;
using Hearth.Core.CaseNotes;
using Hearth.Core.Data;
using Hearth.Core.EarlyHelp;
using Hearth.Core.FrontDoor;
using Hearth.Core.People;
using Hearth.Core.People.Search;
using Hearth.Core.Statutory;
using Hearth.Core.Workforce;
using Hearth.Data.Postgres;
using Hearth.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Hosting;

/// <summary>The record's services, shared by the web app and the command-line tool so both write the same way.</summary>
public static class HearthServices
{
    public static IServiceCollection AddHearthRecord(this IServiceCollection services, DatabaseChoice database)
    {
        services.AddSingleton(database);
        services.AddDbContext<HearthDbContext>(options =>
        {
            _ = database.Provider == DatabaseChoice.Postgres
                ? PostgresDatabase.Use(options, database.ConnectionString)
                : SqliteDatabase.Use(options, database.ConnectionString);
            // Person search takes an unordered candidate set on purpose (see PersonSearch.FindAsync).
            options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning));
        });
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<EventRecorder>();
        services.AddScoped<PersonService>();
        services.AddScoped<RelationshipService>();
        services.AddScoped<RestrictionService>();
        services.AddScoped<MergeService>();
        services.AddScoped<RecordAccess>();
        services.AddScoped<PersonSearch>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<CaseNoteService>();
        services.AddScoped<AllocationService>();
        services.AddScoped<UserAccounts>();
        services.AddScoped<StaffAdministration>();
        services.AddScoped<FamilyNetwork>();
        services.AddScoped<PersonHistory>();
        services.AddScoped<MyWork>();
        services.AddScoped<RecordExport>();
        // The authority's rule table: England's defaults with the local timescales an authority
        // configures (the front door's RAG deadlines, "FrontDoor" section).
        services.AddOptions<FrontDoorOptions>().BindConfiguration(FrontDoorOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FrontDoorOptions>>().Value);
        services.AddOptions<Hearth.Core.Oversight.OversightOptions>().BindConfiguration(Hearth.Core.Oversight.OversightOptions.Section)
            .Validate(o => o.IsValid, "Oversight: the management oversight frequency must be at least 1 working day").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hearth.Core.Oversight.OversightOptions>>().Value);
        services.AddOptions<Hearth.Core.ChildProtection.ChildProtectionOptions>().BindConfiguration(Hearth.Core.ChildProtection.ChildProtectionOptions.Section)
            .Validate(o => o.IsValid, "ChildProtection settings must be positive numbers.");
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hearth.Core.ChildProtection.ChildProtectionOptions>>().Value);
        services.AddSingleton(sp => StatutoryRuleTable.England.WithOverrides([
            .. sp.GetRequiredService<FrontDoorOptions>().RuleOverrides(),
            .. sp.GetRequiredService<Hearth.Core.Oversight.OversightOptions>().RuleOverrides(),
            .. sp.GetRequiredService<Hearth.Core.ChildProtection.ChildProtectionOptions>().RuleOverrides()]));
        services.AddSingleton<IWorkingDayCalendar>(HolidayCalendar.EnglandAndWales);
        services.AddSingleton(new ObligationEngine(HolidayCalendar.EnglandAndWales));
        services.AddSingleton<ContactDeadlines>();
        services.AddScoped<ContactRecording>();
        services.AddScoped<MashScreening>();
        services.AddScoped<ThresholdDecisions>();
        services.AddScoped<ReferrerLetters>();
        services.AddScoped<FrontDoorQueue>();
        services.AddScoped<FrontDoorLists>();
        services.AddScoped<ContactAccess>();
        services.AddScoped<DecisionBackground>();
        services.AddScoped<ChildFrontDoorHistory>();
        services.AddScoped<Hearth.Core.ChildInNeed.CinEpisodeGuard>();
        services.AddScoped<IClockEventProjection, FrontDoorClockEvents>();
        services.AddScoped<Hearth.Core.Assessment.AssessmentService>();
        services.AddScoped<IClockEventProjection, Hearth.Core.Assessment.AssessmentClockEvents>();
        services.AddScoped<IClockEventProjection, Hearth.Core.ChildProtection.ChildProtectionClockEvents>();
        services.AddScoped<Hearth.Core.ChildProtection.ChildProtectionService>();
        services.AddScoped<Hearth.Core.ChildProtection.ChildProtectionOverview>();
        services.AddScoped<StatutoryObligations>();
        services.AddScoped<IObligationSource>(sp => sp.GetRequiredService<StatutoryObligations>());
        services.AddScoped<CaseNoteAccess>();
        // Early help: the chase and escalation points for step-downs are the authority's ("EarlyHelp" section).
        services.AddOptions<EarlyHelpOptions>().BindConfiguration(EarlyHelpOptions.Section)
            .Validate(o => o.IsValid, "EarlyHelp: the chase and escalation periods must be at least 1 working day").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<EarlyHelpOptions>>().Value);
        services.AddScoped<EarlyHelpService>();
        services.AddScoped<StepChanges>();
        services.AddScoped<StepDownsAwaitingPaperwork>();
        services.AddScoped<StepMonitoring>();
        services.AddScoped<ChildEarlyHelp>();
        // Chronology, management oversight and the team manager's view.
        services.AddScoped<Hearth.Core.Chronology.ChildChronology>();
        services.AddScoped<Hearth.Core.Chronology.ChronologyService>();
        services.AddScoped<Hearth.Core.Oversight.OversightService>();
        services.AddScoped<Hearth.Core.Oversight.TeamWork>();
        services.AddScoped<IClockEventProjection, Hearth.Core.Oversight.OversightClockEvents>();
        // Children in need: the default visiting frequency for a new episode is the authority's ("ChildInNeed" section).
        services.AddOptions<Hearth.Core.ChildInNeed.ChildInNeedOptions>().BindConfiguration(Hearth.Core.ChildInNeed.ChildInNeedOptions.Section)
            .Validate(o => o.IsValid, "ChildInNeed: the visiting frequency must be between 1 and 130 working days").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hearth.Core.ChildInNeed.ChildInNeedOptions>>().Value);
        services.AddScoped<Hearth.Core.ChildInNeed.ChildInNeedPlans>();
        services.AddScoped<Hearth.Core.ChildInNeed.ChildInNeedEpisodes>();
        services.AddScoped<Hearth.Core.ChildInNeed.Visits>();
        services.AddScoped<Hearth.Core.ChildInNeed.ChildrenNotSeen>();
        services.AddScoped<IClockEventProjection, Hearth.Core.ChildInNeed.ChildInNeedClockEvents>();
        // Missing and away episodes with their return home interviews, and care leavers (issue 6).
        services.AddScoped<Hearth.Core.LookedAfter.MissingEpisodeService>();
        services.AddScoped<Hearth.Core.LookedAfter.MissingReturnInterviewsDue>();
        services.AddScoped<IClockEventProjection, Hearth.Core.LookedAfter.MissingClockEvents>();
        services.AddScoped<Hearth.Core.CareLeavers.CareLeaverService>();
        services.AddScoped<Hearth.Core.CareLeavers.CareLeaverOverview>();
        services.AddScoped<IClockEventProjection, Hearth.Core.CareLeavers.CareLeaverClockEvents>();
        // Returns: the CIN census built, validated in-year and imported ("CinCensus" section: LEA code).
        services.AddOptions<Hearth.Core.Returns.CinCensus.CensusOptions>().BindConfiguration(Hearth.Core.Returns.CinCensus.CensusOptions.Section);
        services.AddScoped<Hearth.Core.Returns.CinCensus.CinCensusBuilder>();
        // The 903's reference data ("Ssda903" section: the authority's ONS code, the postcode directory and Ofsted's
        // register), read once; rules needing a file that is not set find nothing.
        services.AddOptions<Hearth.Core.Returns.Ssda903.ReferenceData.Ssda903Options>().BindConfiguration(Hearth.Core.Returns.Ssda903.ReferenceData.Ssda903Options.Section);
        services.AddSingleton<Hearth.Core.Returns.Ssda903.ReferenceData.Ssda903ReferenceData>();
        services.AddScoped<Hearth.Core.Returns.Ssda903.Record.Ssda903Builder>();
        services.AddScoped<Hearth.Core.Returns.Ssda903.Record.Ssda903Importer>();
        services.AddScoped<Hearth.Core.Returns.Ssda903.Record.Ssda903Checks>();
        services.AddScoped<Hearth.Core.Returns.CinCensus.CinCensusImporter>();
        services.AddScoped<Hearth.Core.Returns.CinCensus.CensusDataQuality>();
        services.AddScoped<Hearth.Core.CareProceedings.PreProceedingsService>();
        services.AddScoped<Hearth.Core.LookedAfter.CarePeriodService>();
        services.AddScoped<Hearth.Core.LookedAfter.LookedAfterChildProfileService>();
        services.AddScoped<Hearth.Core.LookedAfter.CourtAndAdoptionService>();
        // Looked after: reviews, visits, IRO challenges and caseloads, health, PEPs, independent visitors and advocacy, and their clocks.
        services.AddScoped<Hearth.Core.LookedAfter.LookedAfterReviewService>();
        services.AddScoped<Hearth.Core.LookedAfter.LookedAfterVisitService>();
        services.AddScoped<Hearth.Core.LookedAfter.IroChallengeService>();
        services.AddScoped<Hearth.Core.LookedAfter.IroCaseloads>();
        services.AddScoped<Hearth.Core.LookedAfter.HealthService>();
        services.AddScoped<Hearth.Core.LookedAfter.PersonalEducationPlanService>();
        services.AddScoped<Hearth.Core.LookedAfter.SupportArrangementService>();
        services.AddScoped<IClockEventProjection, Hearth.Core.LookedAfter.LookedAfterClockEvents>();
        services.AddScoped<Hearth.Web.Pages.Returns.CensusFindingRows>();
        services.AddSingleton(sp => new Hearth.Web.Pages.Returns.CensusUploads(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new Hearth.Web.Pages.Returns.Ssda903Uploads(sp.GetRequiredService<TimeProvider>()));
        // Looked-after figures: the child population for the rate per 10,000 is the authority's ("LookedAfter" section).
        services.AddOptions<Hearth.Core.LookedAfter.Figures.LookedAfterFiguresOptions>().BindConfiguration(Hearth.Core.LookedAfter.Figures.LookedAfterFiguresOptions.Section)
            .Validate(o => o.IsValid, "LookedAfter: the child population must be a positive number").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Hearth.Core.LookedAfter.Figures.LookedAfterFiguresOptions>>().Value);
        services.AddScoped<Hearth.Core.LookedAfter.Figures.LookedAfterFiguresQuery>();
        services.AddScoped<Hearth.Web.Pages.LookedAfterFigures.FigureChildren>();
        return services;
    }

    /// <summary>Brings the schema up to date: the app migrates on start (issue 2), on either provider.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        await db.Database.MigrateAsync(ct);
    }
}
