using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Chronology : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chronology_annotations",
                columns: table => new
                {
                    ProcessEventId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Significant = table.Column<bool>(type: "INTEGER", nullable: false),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chronology_annotations", x => x.ProcessEventId);
                    table.ForeignKey(
                        name: "FK_chronology_annotations_process_events_ProcessEventId",
                        column: x => x.ProcessEventId,
                        principalTable: "process_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "chronology_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chronology_entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_chronology_entries_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "supervision_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuperviseeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_supervision_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_supervision_sessions_users_SuperviseeId",
                        column: x => x.SuperviseeId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_supervision_sessions_users_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "management_oversights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisionSessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ManagerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_management_oversights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_management_oversights_cin_episodes_EpisodeId",
                        column: x => x.EpisodeId,
                        principalTable: "cin_episodes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_management_oversights_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_management_oversights_supervision_sessions_SupervisionSessionId",
                        column: x => x.SupervisionSessionId,
                        principalTable: "supervision_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "oversight_actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OversightId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_oversight_actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_oversight_actions_management_oversights_OversightId",
                        column: x => x.OversightId,
                        principalTable: "management_oversights",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chronology_annotations_PersonId",
                table: "chronology_annotations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_chronology_entries_PersonId",
                table: "chronology_entries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_management_oversights_EpisodeId_Date",
                table: "management_oversights",
                columns: new[] { "EpisodeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_management_oversights_PersonId_Date",
                table: "management_oversights",
                columns: new[] { "PersonId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_management_oversights_SupervisionSessionId",
                table: "management_oversights",
                column: "SupervisionSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_oversight_actions_OversightId",
                table: "oversight_actions",
                column: "OversightId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_sessions_SuperviseeId",
                table: "supervision_sessions",
                column: "SuperviseeId");

            migrationBuilder.CreateIndex(
                name: "IX_supervision_sessions_SupervisorId",
                table: "supervision_sessions",
                column: "SupervisorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chronology_annotations");

            migrationBuilder.DropTable(
                name: "chronology_entries");

            migrationBuilder.DropTable(
                name: "oversight_actions");

            migrationBuilder.DropTable(
                name: "management_oversights");

            migrationBuilder.DropTable(
                name: "supervision_sessions");
        }
    }
}
