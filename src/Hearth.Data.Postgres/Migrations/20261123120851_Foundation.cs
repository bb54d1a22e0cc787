using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Foundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    What = table.Column<string>(type: "text", nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: true),
                    ResultCount = table.Column<int>(type: "integer", nullable: true),
                    Channel = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    TokenHash = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_tokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "text", nullable: false),
                    NoteDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinalisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: false),
                    Xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpectedDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    DateOfDeath = table.Column<DateOnly>(type: "date", nullable: true),
                    Sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    GenderIdentity = table.Column<string>(type: "text", nullable: true),
                    EthnicityCode = table.Column<string>(type: "text", nullable: true),
                    Religion = table.Column<string>(type: "text", nullable: true),
                    FirstLanguage = table.Column<string>(type: "text", nullable: true),
                    InterpreterNeeded = table.Column<bool>(type: "boolean", nullable: false),
                    CommunicationNeeds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NhsNumber = table.Column<string>(type: "text", nullable: true),
                    Upn = table.Column<string>(type: "text", nullable: true),
                    FormerUpn = table.Column<string>(type: "text", nullable: true),
                    IsRestricted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_search_keys",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_search_keys", x => new { x.Key, x.PersonId });
                });

            migrationBuilder.CreateTable(
                name: "process_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    Process = table.Column<string>(type: "text", nullable: false),
                    EventType = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Payload = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "professional_involvements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    ProfessionalName = table.Column<string>(type: "text", nullable: true),
                    Organisation = table.Column<string>(type: "text", nullable: false),
                    Phone = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "text", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_professional_involvements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "relationships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelatedPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<int>(type: "integer", nullable: false),
                    SameHousehold = table.Column<bool>(type: "boolean", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_relationships", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ManagerId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_note_amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "text", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    AmendedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_note_amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_case_note_amendments_case_notes_CaseNoteId",
                        column: x => x.CaseNoteId,
                        principalTable: "case_notes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_addresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line1 = table.Column<string>(type: "text", nullable: false),
                    Line2 = table.Column<string>(type: "text", nullable: true),
                    Town = table.Column<string>(type: "text", nullable: false),
                    Postcode = table.Column<string>(type: "text", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_addresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_addresses_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_disabilities",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_disabilities", x => new { x.PersonId, x.Code });
                    table.ForeignKey(
                        name: "FK_person_disabilities_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_names",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    GivenNames = table.Column<string>(type: "text", nullable: false),
                    FamilyName = table.Column<string>(type: "text", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_names", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_names_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "restricted_record_access",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_restricted_record_access", x => new { x.PersonId, x.UserId });
                    table.ForeignKey(
                        name: "FK_restricted_record_access_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "process_event_subjects",
                columns: table => new
                {
                    ProcessEventId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_process_event_subjects", x => new { x.ProcessEventId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_process_event_subjects_process_events_ProcessEventId",
                        column: x => x.ProcessEventId,
                        principalTable: "process_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "text", nullable: false),
                    DisplayName = table.Column<string>(type: "text", nullable: false),
                    Email = table.Column<string>(type: "text", nullable: true),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    FailedSignIns = table.Column<int>(type: "integer", nullable: false),
                    LockedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExternalSubject = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_users_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "allocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkerId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_allocations_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_allocations_users_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_events_Kind_OccurredAt",
                table: "access_events",
                columns: new[] { "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_access_events_PersonId_OccurredAt",
                table: "access_events",
                columns: new[] { "PersonId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_allocations_PersonId",
                table: "allocations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_allocations_TeamId",
                table: "allocations",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_allocations_WorkerId_EndDate",
                table: "allocations",
                columns: new[] { "WorkerId", "EndDate" });

            migrationBuilder.CreateIndex(
                name: "IX_api_tokens_TokenHash",
                table: "api_tokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_case_note_amendments_CaseNoteId",
                table: "case_note_amendments",
                column: "CaseNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_case_notes_PersonId",
                table: "case_notes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_people_DateOfBirth",
                table: "people",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_people_NhsNumber",
                table: "people",
                column: "NhsNumber");

            migrationBuilder.CreateIndex(
                name: "IX_people_Reference",
                table: "people",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_Upn",
                table: "people",
                column: "Upn");

            migrationBuilder.CreateIndex(
                name: "IX_person_addresses_PersonId",
                table: "person_addresses",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_addresses_Postcode",
                table: "person_addresses",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_person_names_PersonId",
                table: "person_names",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_search_keys_PersonId",
                table: "person_search_keys",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_process_event_subjects_PersonId",
                table: "process_event_subjects",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_process_events_CaseId",
                table: "process_events",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_process_events_OccurredAt",
                table: "process_events",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_professional_involvements_PersonId",
                table: "professional_involvements",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_relationships_PersonId",
                table: "relationships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_relationships_RelatedPersonId",
                table: "relationships",
                column: "RelatedPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_users_ExternalSubject",
                table: "users",
                column: "ExternalSubject");

            migrationBuilder.CreateIndex(
                name: "IX_users_TeamId",
                table: "users",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_users_UserName",
                table: "users",
                column: "UserName",
                unique: true);

            // What happened is never rewritten (DESIGN.md ideas 2 and 3): the database itself refuses
            // changes to events, access events and amendments, whatever connects to it.
            migrationBuilder.Sql("""
                CREATE FUNCTION hearth_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
                END;
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER process_events_append_only BEFORE UPDATE OR DELETE ON process_events FOR EACH ROW EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER process_events_no_truncate BEFORE TRUNCATE ON process_events FOR EACH STATEMENT EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER process_event_subjects_append_only BEFORE UPDATE OR DELETE ON process_event_subjects FOR EACH ROW EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER process_event_subjects_no_truncate BEFORE TRUNCATE ON process_event_subjects FOR EACH STATEMENT EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER access_events_append_only BEFORE UPDATE OR DELETE ON access_events FOR EACH ROW EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER access_events_no_truncate BEFORE TRUNCATE ON access_events FOR EACH STATEMENT EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER case_note_amendments_append_only BEFORE UPDATE OR DELETE ON case_note_amendments FOR EACH ROW EXECUTE FUNCTION hearth_refuse_history_change();");
            migrationBuilder.Sql("CREATE TRIGGER case_note_amendments_no_truncate BEFORE TRUNCATE ON case_note_amendments FOR EACH STATEMENT EXECUTE FUNCTION hearth_refuse_history_change();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER process_events_append_only ON process_events;");
            migrationBuilder.Sql("DROP TRIGGER process_events_no_truncate ON process_events;");
            migrationBuilder.Sql("DROP TRIGGER process_event_subjects_append_only ON process_event_subjects;");
            migrationBuilder.Sql("DROP TRIGGER process_event_subjects_no_truncate ON process_event_subjects;");
            migrationBuilder.Sql("DROP TRIGGER access_events_append_only ON access_events;");
            migrationBuilder.Sql("DROP TRIGGER access_events_no_truncate ON access_events;");
            migrationBuilder.Sql("DROP TRIGGER case_note_amendments_append_only ON case_note_amendments;");
            migrationBuilder.Sql("DROP TRIGGER case_note_amendments_no_truncate ON case_note_amendments;");
            migrationBuilder.Sql("DROP FUNCTION hearth_refuse_history_change();");

            migrationBuilder.DropTable(
                name: "access_events");

            migrationBuilder.DropTable(
                name: "allocations");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "case_note_amendments");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "person_addresses");

            migrationBuilder.DropTable(
                name: "person_disabilities");

            migrationBuilder.DropTable(
                name: "person_names");

            migrationBuilder.DropTable(
                name: "person_search_keys");

            migrationBuilder.DropTable(
                name: "process_event_subjects");

            migrationBuilder.DropTable(
                name: "professional_involvements");

            migrationBuilder.DropTable(
                name: "relationships");

            migrationBuilder.DropTable(
                name: "restricted_record_access");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "process_events");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropTable(
                name: "teams");
        }
    }
}
