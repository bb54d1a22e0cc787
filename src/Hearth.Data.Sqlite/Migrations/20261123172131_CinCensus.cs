using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CinCensus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "StrategyDiscussionId",
                table: "section_47_enquiries",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "section_47_enquiries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "UpnUnknownReason",
                table: "people",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "initial_child_protection_conferences",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "cin_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<Guid>(
                name: "InitialConferenceId",
                table: "child_protection_plans",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "child_protection_plans",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InternalReviewDate",
                table: "assessments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "census_query_explanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Table = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ExplainedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExplainedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExplainedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_census_query_explanations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_census_query_explanations_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pre_proceedings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LetterBeforeProceedingsSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FamilyGroupMeetingOffered = table.Column<bool>(type: "INTEGER", nullable: true),
                    FamilyGroupMeetingFacilitated = table.Column<bool>(type: "INTEGER", nullable: true),
                    InitialMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewMeetingsCount = table.Column<int>(type: "INTEGER", nullable: true),
                    StepDecisionOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CourtApplicationOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetterInitiatingProceedingsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Imported = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pre_proceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_pre_proceedings_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_pre_proceedings_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_census_query_explanations_PersonId",
                table: "census_query_explanations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_pre_proceedings_EpisodeId",
                table: "pre_proceedings",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_pre_proceedings_PersonId",
                table: "pre_proceedings",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "census_query_explanations");

            migrationBuilder.DropTable(
                name: "pre_proceedings");

            migrationBuilder.DropColumn(
                name: "Imported",
                table: "section_47_enquiries");

            migrationBuilder.DropColumn(
                name: "UpnUnknownReason",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Imported",
                table: "initial_child_protection_conferences");

            migrationBuilder.DropColumn(
                name: "Imported",
                table: "cin_plans");

            migrationBuilder.DropColumn(
                name: "Imported",
                table: "child_protection_plans");

            migrationBuilder.DropColumn(
                name: "InternalReviewDate",
                table: "assessments");

            migrationBuilder.AlterColumn<Guid>(
                name: "StrategyDiscussionId",
                table: "section_47_enquiries",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "InitialConferenceId",
                table: "child_protection_plans",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
