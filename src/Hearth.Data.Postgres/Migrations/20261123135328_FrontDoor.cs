using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FrontDoor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cin_episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferralDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferralSource = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    PrimaryNeedCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    IsReReferral = table.Column<bool>(type: "boolean", nullable: false),
                    CloseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ReasonForClosure = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ReferralNfa = table.Column<bool>(type: "boolean", nullable: false),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cin_episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cin_episodes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    OutOfHours = table.Column<bool>(type: "boolean", nullable: false),
                    HandoverDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedByName = table.Column<string>(type: "text", nullable: false),
                    referrer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    referrer_role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referrer_organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referrer_phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referrer_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    referrer_address = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ReferralSourceCode = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Concern = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    ActionTakenByReferrer = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    ChildrenAsDescribed = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    PoliceIncidentReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Consent = table.Column<int>(type: "integer", nullable: false),
                    ConsentNotGivenReason = table.Column<string>(type: "text", nullable: true),
                    ConsentOverriddenBy = table.Column<string>(type: "text", nullable: true),
                    ConsentOverrideReason = table.Column<string>(type: "text", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Rag = table.Column<int>(type: "integer", nullable: true),
                    RagRationale = table.Column<string>(type: "text", nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReferralReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision_outcome = table.Column<int>(type: "integer", nullable: true),
                    decision_rationale = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decided_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_name = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "step_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    FromDescription = table.Column<string>(type: "text", nullable: false),
                    ReceivingTeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByName = table.Column<string>(type: "text", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcceptedByName = table.Column<string>(type: "text", nullable: true),
                    DeclinedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclineReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_step_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_step_changes_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "contact_children",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_children", x => x.Id);
                    table.ForeignKey(
                        name: "FK_contact_children_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_contact_children_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "information_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    Agency = table.Column<int>(type: "integer", nullable: false),
                    AgencyDetail = table.Column<string>(type: "text", nullable: true),
                    Question = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RequestedByName = table.Column<string>(type: "text", nullable: false),
                    RespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    InformationShared = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    RespondedByName = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_information_requests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_information_requests_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrer_letters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Pdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    GeneratedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GeneratedByName = table.Column<string>(type: "text", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SentBy = table.Column<string>(type: "text", nullable: true),
                    SentTo = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrer_letters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrer_letters_contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cin_episodes_ContactId",
                table: "cin_episodes",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_cin_episodes_PersonId",
                table: "cin_episodes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_contact_children_ContactId_PersonId",
                table: "contact_children",
                columns: new[] { "ContactId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contact_children_PersonId",
                table: "contact_children",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_HandoverDate",
                table: "contacts",
                column: "HandoverDate");

            migrationBuilder.CreateIndex(
                name: "IX_contacts_Reference",
                table: "contacts",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_contacts_Status_DecisionDueAt",
                table: "contacts",
                columns: new[] { "Status", "DecisionDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_contacts_SubmissionKey",
                table: "contacts",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_information_requests_ContactId",
                table: "information_requests",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_referrer_letters_ContactId",
                table: "referrer_letters",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_step_changes_Date",
                table: "step_changes",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_step_changes_PersonId",
                table: "step_changes",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cin_episodes");

            migrationBuilder.DropTable(
                name: "contact_children");

            migrationBuilder.DropTable(
                name: "information_requests");

            migrationBuilder.DropTable(
                name: "referrer_letters");

            migrationBuilder.DropTable(
                name: "step_changes");

            migrationBuilder.DropTable(
                name: "contacts");
        }
    }
}
