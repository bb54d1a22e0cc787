using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TransferInConference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "Section47EnquiryId",
                table: "initial_child_protection_conferences",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<DateOnly>(
                name: "TransferNoticeReceivedOn",
                table: "initial_child_protection_conferences",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferredFrom",
                table: "initial_child_protection_conferences",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TransferNoticeReceivedOn",
                table: "initial_child_protection_conferences");

            migrationBuilder.DropColumn(
                name: "TransferredFrom",
                table: "initial_child_protection_conferences");

            migrationBuilder.AlterColumn<Guid>(
                name: "Section47EnquiryId",
                table: "initial_child_protection_conferences",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
