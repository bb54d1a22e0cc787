using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EarlyHelp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ConsentReturnedOn",
                table: "step_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeclinedByName",
                table: "step_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalatedByName",
                table: "step_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EscalatedOn",
                table: "step_changes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalatedTo",
                table: "step_changes",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationNote",
                table: "step_changes",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "early_help_episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestReason = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    ConsentGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LeadProfessionalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeadOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssessmentStartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssessmentCompletedDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NeedsIdentified = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    StepChangeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosureOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosureNote = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedByName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_early_help_episodes_step_changes_StepChangeId",
                        column: x => x.StepChangeId,
                        principalTable: "step_changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "step_down_chases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_down_chases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_step_down_chases_step_changes_StepChangeId",
                        column: x => x.StepChangeId,
                        principalTable: "step_changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "early_help_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_early_help_meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_early_help_meetings_early_help_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "early_help_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_step_changes_ReceivingTeamId",
                table: "step_changes",
                column: "ReceivingTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_episodes_one_open_per_child",
                table: "early_help_episodes",
                column: "PersonId",
                unique: true,
                filter: "\"ClosedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_episodes_PersonId",
                table: "early_help_episodes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_episodes_StepChangeId",
                table: "early_help_episodes",
                column: "StepChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_early_help_meetings_EpisodeId",
                table: "early_help_meetings",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_step_down_chases_StepChangeId",
                table: "step_down_chases",
                column: "StepChangeId");

            migrationBuilder.AddForeignKey(
                name: "FK_step_changes_teams_ReceivingTeamId",
                table: "step_changes",
                column: "ReceivingTeamId",
                principalTable: "teams",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_step_changes_teams_ReceivingTeamId",
                table: "step_changes");

            migrationBuilder.DropTable(
                name: "early_help_meetings");

            migrationBuilder.DropTable(
                name: "step_down_chases");

            migrationBuilder.DropTable(
                name: "early_help_episodes");

            migrationBuilder.DropIndex(
                name: "IX_step_changes_ReceivingTeamId",
                table: "step_changes");

            migrationBuilder.DropColumn(
                name: "ConsentReturnedOn",
                table: "step_changes");

            migrationBuilder.DropColumn(
                name: "DeclinedByName",
                table: "step_changes");

            migrationBuilder.DropColumn(
                name: "EscalatedByName",
                table: "step_changes");

            migrationBuilder.DropColumn(
                name: "EscalatedOn",
                table: "step_changes");

            migrationBuilder.DropColumn(
                name: "EscalatedTo",
                table: "step_changes");

            migrationBuilder.DropColumn(
                name: "EscalationNote",
                table: "step_changes");
        }
    }
}
