using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Assessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ChildSeenDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildSeenAloneDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildViews = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    HowViewsGathered = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ParentsViews = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    IdentityAndDiversity = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    IdentityInAnalysis = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    HistoryConsidered = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Analysis = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    FactorCodes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PrimaryNeedCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    LateReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AuthorisedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AuthorisedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessments_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_assessments_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "assessment_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssessmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReturnedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Comments = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_returns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_assessment_returns_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_returns_AssessmentId",
                table: "assessment_returns",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_EpisodeId",
                table: "assessments",
                column: "EpisodeId");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_one_open_per_episode",
                table: "assessments",
                column: "EpisodeId",
                unique: true,
                filter: "\"Status\" <> 'Authorised' AND \"Kind\" = 'ChildAndFamily'");

            migrationBuilder.CreateIndex(
                name: "IX_assessments_PersonId",
                table: "assessments",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_returns");

            migrationBuilder.DropTable(
                name: "assessments");
        }
    }
}
