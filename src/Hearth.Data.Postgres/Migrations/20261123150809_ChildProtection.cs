using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChildProtection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "strategy_discussions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    InformationShared = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    AlternativePlan = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ImmediateSafetyActions = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attendees = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strategy_discussions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_strategy_discussions_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_strategy_discussions_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "section_47_enquiries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyDiscussionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StrategyDiscussionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialCpcTarget = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSeenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildSeenAloneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MedicalOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MedicalNotes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    OutcomeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNotes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_section_47_enquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_section_47_enquiries_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_section_47_enquiries_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_section_47_enquiries_strategy_discussions_StrategyDiscussio~",
                        column: x => x.StrategyDiscussionId,
                        principalTable: "strategy_discussions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "initial_child_protection_conferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section47EnquiryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    WorkingDaysFromStrategyDiscussion = table.Column<int>(type: "integer", nullable: false),
                    Chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChildAttended = table.Column<bool>(type: "boolean", nullable: false),
                    ChildHadAdvocate = table.Column<bool>(type: "boolean", nullable: false),
                    ChildViewsConveyed = table.Column<bool>(type: "boolean", nullable: false),
                    ChildViews = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: true),
                    OutlinePlan = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ChildProtectionPlanId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agencies = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_initial_child_protection_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_initial_child_protection_conferences_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_initial_child_protection_conferences_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_initial_child_protection_conferences_section_47_enquiries_S~",
                        column: x => x.Section47EnquiryId,
                        principalTable: "section_47_enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    InitialConferenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    InitialCategory = table.Column<int>(type: "integer", nullable: false),
                    LatestCategory = table.Column<int>(type: "integer", nullable: false),
                    PreviousPlans = table.Column<int>(type: "integer", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<int>(type: "integer", nullable: true),
                    EndNotes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    StepDownCinPlanWeeks = table.Column<int>(type: "integer", nullable: true),
                    StepDownCinPlanUntil = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_protection_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_protection_plans_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_protection_plans_initial_child_protection_conferences~",
                        column: x => x.InitialConferenceId,
                        principalTable: "initial_child_protection_conferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_child_protection_plans_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "child_protection_visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: false),
                    ChildSeenAlone = table.Column<bool>(type: "boolean", nullable: false),
                    Notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VisitedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_protection_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_child_protection_visits_child_protection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_group_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_group_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_group_meetings_child_protection_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_child_protection_conferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Chair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContinuePlan = table.Column<bool>(type: "boolean", nullable: false),
                    PreviousCategory = table.Column<int>(type: "integer", nullable: false),
                    LatestCategory = table.Column<int>(type: "integer", nullable: true),
                    Notes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_child_protection_conferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_review_child_protection_conferences_child_protection_plans_~",
                        column: x => x.PlanId,
                        principalTable: "child_protection_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_EpisodeId",
                table: "child_protection_plans",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_InitialConferenceId",
                table: "child_protection_plans",
                column: "InitialConferenceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_plans_PersonId",
                table: "child_protection_plans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_child_protection_visits_PlanId",
                table: "child_protection_visits",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_core_group_meetings_PlanId",
                table: "core_group_meetings",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_initial_child_protection_conferences_EpisodeId",
                table: "initial_child_protection_conferences",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_initial_child_protection_conferences_PersonId",
                table: "initial_child_protection_conferences",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_initial_child_protection_conferences_Section47EnquiryId",
                table: "initial_child_protection_conferences",
                column: "Section47EnquiryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_child_protection_conferences_PlanId",
                table: "review_child_protection_conferences",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_section_47_enquiries_EpisodeId",
                table: "section_47_enquiries",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_section_47_enquiries_PersonId",
                table: "section_47_enquiries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_section_47_enquiries_StrategyDiscussionId",
                table: "section_47_enquiries",
                column: "StrategyDiscussionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_strategy_discussions_EpisodeId",
                table: "strategy_discussions",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_strategy_discussions_PersonId",
                table: "strategy_discussions",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "child_protection_visits");

            migrationBuilder.DropTable(
                name: "core_group_meetings");

            migrationBuilder.DropTable(
                name: "review_child_protection_conferences");

            migrationBuilder.DropTable(
                name: "child_protection_plans");

            migrationBuilder.DropTable(
                name: "initial_child_protection_conferences");

            migrationBuilder.DropTable(
                name: "section_47_enquiries");

            migrationBuilder.DropTable(
                name: "strategy_discussions");
        }
    }
}
