using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "section_47_enquiries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "Sex",
                table: "people",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(1)",
                oldMaxLength: 1);

            migrationBuilder.AddColumn<string>(
                name: "UpnUnknownReason",
                table: "people",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "initial_child_protection_conferences",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "cin_plans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<Guid>(
                name: "InitialConferenceId",
                table: "child_protection_plans",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<bool>(
                name: "Imported",
                table: "child_protection_plans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "InternalReviewDate",
                table: "assessments",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "census_query_explanations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Table = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ExplainedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ExplainedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExplainedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LetterBeforeProceedingsSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FamilyGroupMeetingOffered = table.Column<bool>(type: "boolean", nullable: true),
                    FamilyGroupMeetingFacilitated = table.Column<bool>(type: "boolean", nullable: true),
                    InitialMeetingOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReviewMeetingsCount = table.Column<int>(type: "integer", nullable: true),
                    StepDecisionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CourtApplicationOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LetterInitiatingProceedingsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Sex",
                table: "people",
                type: "character varying(1)",
                maxLength: 1,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(8)",
                oldMaxLength: 8);

            migrationBuilder.AlterColumn<Guid>(
                name: "InitialConferenceId",
                table: "child_protection_plans",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
