using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LookedAfter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "care_leaver_contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InTouch = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Activity = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Accommodation = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_leaver_contacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_leaver_contacts_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CategoryOfNeed = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    HomePostcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReasonCeased = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    CarePlanAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IndependentReviewingOfficerId = table.Column<Guid>(type: "uuid", nullable: true),
                    IndependentReviewingOfficerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IndependentReviewingOfficerAppointedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PermanenceGoal = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    PermanenceDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_periods_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "deprivation_of_liberty_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deprivation_of_liberty_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_deprivation_of_liberty_orders_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "looked_after_child_profiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnaccompaniedAsylumSeeker = table.Column<bool>(type: "boolean", nullable: false),
                    UascCeasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsMother = table.Column<bool>(type: "boolean", nullable: true),
                    MothersChildBirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PreviousPermanence = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    PreviousPermanenceAuthority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PreviousPermanenceDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_looked_after_child_profiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_looked_after_child_profiles_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "looked_after_health",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    SdqScore = table.Column<int>(type: "integer", nullable: true),
                    SdqReason = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_looked_after_health", x => x.Id);
                    table.ForeignKey(
                        name: "FK_looked_after_health_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "missing_episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportedToPolice = table.Column<bool>(type: "boolean", nullable: false),
                    WhereFound = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InterviewOfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InterviewAccepted = table.Column<bool>(type: "boolean", nullable: true),
                    InterviewHeldAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InterviewedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WhereAndWithWhom = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_missing_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_missing_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "pathway_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pathway_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pathway_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "personal_advisers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdviserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_advisers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_personal_advisers_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "social_worker_episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SocialWorkerId = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_worker_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_social_worker_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staying_put",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staying_put", x => x.Id);
                    table.ForeignKey(
                        name: "FK_staying_put_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "support_arrangements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProviderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_arrangements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_support_arrangements_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "adoption_decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShouldBePlacedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReversedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReversedReason = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    BestInterestDecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MatchedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FosterCarerAdopting = table.Column<bool>(type: "boolean", nullable: true),
                    NumberOfAdopters = table.Column<int>(type: "integer", nullable: true),
                    AdoptersSex = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    AdoptersLegalStatus = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adoption_decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_adoption_decisions_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "care_legal_statuses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_legal_statuses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_legal_statuses_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "care_placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    PlacementType = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Provider = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    CarerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Urn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ReasonForMove = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    OutOfArea = table.Column<bool>(type: "boolean", nullable: true),
                    DistanceMiles = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: true),
                    LongTerm = table.Column<bool>(type: "boolean", nullable: false),
                    Siblings = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    PlacementPlanAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotificationsSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DelegatedAuthority = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ContactArrangements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_care_placements_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "iro_challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Formal = table.Column<bool>(type: "boolean", nullable: false),
                    Concern = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ResolvedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_iro_challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_iro_challenges_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "looked_after_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChairName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ParticipationCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Recommendations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_looked_after_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_looked_after_reviews_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "looked_after_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    VisitedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: false),
                    SeenAlone = table.Column<bool>(type: "boolean", nullable: false),
                    Observations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_looked_after_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_looked_after_visits_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "personal_education_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CarePeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    School = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VirtualSchoolInvolved = table.Column<bool>(type: "boolean", nullable: false),
                    MissingEducation = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_education_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_personal_education_plans_care_periods_CarePeriodId",
                        column: x => x.CarePeriodId,
                        principalTable: "care_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_adoption_decisions_CarePeriodId",
                table: "adoption_decisions",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_adoption_decisions_PersonId",
                table: "adoption_decisions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_care_leaver_contacts_PersonId_ContactOn",
                table: "care_leaver_contacts",
                columns: new[] { "PersonId", "ContactOn" });

            migrationBuilder.CreateIndex(
                name: "IX_care_legal_statuses_CarePeriodId",
                table: "care_legal_statuses",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_legal_statuses_PersonId",
                table: "care_legal_statuses",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_care_periods_IndependentReviewingOfficerId",
                table: "care_periods",
                column: "IndependentReviewingOfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_care_periods_PersonId_StartDate",
                table: "care_periods",
                columns: new[] { "PersonId", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_care_placements_CarePeriodId",
                table: "care_placements",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_care_placements_PersonId",
                table: "care_placements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_deprivation_of_liberty_orders_PersonId",
                table: "deprivation_of_liberty_orders",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_iro_challenges_CarePeriodId",
                table: "iro_challenges",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_iro_challenges_PersonId",
                table: "iro_challenges",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_looked_after_child_profiles_PersonId",
                table: "looked_after_child_profiles",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_looked_after_health_PersonId_On",
                table: "looked_after_health",
                columns: new[] { "PersonId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_looked_after_reviews_CarePeriodId",
                table: "looked_after_reviews",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_looked_after_reviews_PersonId_HeldOn",
                table: "looked_after_reviews",
                columns: new[] { "PersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_looked_after_visits_CarePeriodId",
                table: "looked_after_visits",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_looked_after_visits_PersonId_VisitedOn",
                table: "looked_after_visits",
                columns: new[] { "PersonId", "VisitedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_CarePeriodId",
                table: "missing_episodes",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_missing_episodes_PersonId_StartedAt",
                table: "missing_episodes",
                columns: new[] { "PersonId", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pathway_plans_PersonId_On",
                table: "pathway_plans",
                columns: new[] { "PersonId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_personal_advisers_PersonId",
                table: "personal_advisers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_personal_education_plans_CarePeriodId",
                table: "personal_education_plans",
                column: "CarePeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_personal_education_plans_PersonId_HeldOn",
                table: "personal_education_plans",
                columns: new[] { "PersonId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_social_worker_episodes_PersonId",
                table: "social_worker_episodes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_staying_put_PersonId",
                table: "staying_put",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_support_arrangements_PersonId",
                table: "support_arrangements",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "adoption_decisions");

            migrationBuilder.DropTable(
                name: "care_leaver_contacts");

            migrationBuilder.DropTable(
                name: "care_legal_statuses");

            migrationBuilder.DropTable(
                name: "care_placements");

            migrationBuilder.DropTable(
                name: "deprivation_of_liberty_orders");

            migrationBuilder.DropTable(
                name: "iro_challenges");

            migrationBuilder.DropTable(
                name: "looked_after_child_profiles");

            migrationBuilder.DropTable(
                name: "looked_after_health");

            migrationBuilder.DropTable(
                name: "looked_after_reviews");

            migrationBuilder.DropTable(
                name: "looked_after_visits");

            migrationBuilder.DropTable(
                name: "missing_episodes");

            migrationBuilder.DropTable(
                name: "pathway_plans");

            migrationBuilder.DropTable(
                name: "personal_advisers");

            migrationBuilder.DropTable(
                name: "personal_education_plans");

            migrationBuilder.DropTable(
                name: "social_worker_episodes");

            migrationBuilder.DropTable(
                name: "staying_put");

            migrationBuilder.DropTable(
                name: "support_arrangements");

            migrationBuilder.DropTable(
                name: "care_periods");
        }
    }
}
