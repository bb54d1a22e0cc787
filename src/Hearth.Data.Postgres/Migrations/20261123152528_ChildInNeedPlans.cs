using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ChildInNeedPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosureSummary",
                table: "cin_episodes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TeamId",
                table: "cin_episodes",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VisitingFrequencyWorkingDays",
                table: "cin_episodes",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "cin_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FinalisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cin_plans_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cin_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    ToTeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Direction = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cin_transfers_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    VisitedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ChildSeen = table.Column<bool>(type: "boolean", nullable: false),
                    SeenAlone = table.Column<bool>(type: "boolean", nullable: false),
                    Location = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    LocationDetail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Observations = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_visits_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "cin_plan_outcomes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    WhatNeedsToChange = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Progress = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_plan_outcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cin_plan_outcomes_cin_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "cin_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cin_plan_reviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Progress = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    NextReviewDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_plan_reviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cin_plan_reviews_cin_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "cin_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cin_plan_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutcomeId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ByDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_plan_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cin_plan_actions_cin_plan_outcomes_OutcomeId",
                        column: x => x.OutcomeId,
                        principalTable: "cin_plan_outcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cin_episodes_TeamId",
                table: "cin_episodes",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_plan_actions_OutcomeId",
                table: "cin_plan_actions",
                column: "OutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_plan_outcomes_PlanId",
                table: "cin_plan_outcomes",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_plan_reviews_PlanId",
                table: "cin_plan_reviews",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_plans_EpisodeId",
                table: "cin_plans",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_plans_PersonId",
                table: "cin_plans",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_transfers_EpisodeId",
                table: "cin_transfers",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_visits_EpisodeId",
                table: "visits",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_visits_PersonId_Date",
                table: "visits",
                columns: new[] { "PersonId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cin_plan_actions");

            migrationBuilder.DropTable(
                name: "cin_plan_reviews");

            migrationBuilder.DropTable(
                name: "cin_transfers");

            migrationBuilder.DropTable(
                name: "visits");

            migrationBuilder.DropTable(
                name: "cin_plan_outcomes");

            migrationBuilder.DropTable(
                name: "cin_plans");

            migrationBuilder.DropIndex(
                name: "IX_cin_episodes_TeamId",
                table: "cin_episodes");

            migrationBuilder.DropColumn(
                name: "ClosureSummary",
                table: "cin_episodes");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "cin_episodes");

            migrationBuilder.DropColumn(
                name: "VisitingFrequencyWorkingDays",
                table: "cin_episodes");
        }
    }
}
