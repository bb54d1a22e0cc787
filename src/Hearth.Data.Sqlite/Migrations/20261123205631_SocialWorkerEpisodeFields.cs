using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Hearth.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SocialWorkerEpisodeFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SocialWorkEnglandNumber",
                table: "users",
                type: "TEXT",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangeReason",
                table: "allocations",
                type: "TEXT",
                maxLength: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SocialWorkEnglandNumber",
                table: "users");

            migrationBuilder.DropColumn(
                name: "ChangeReason",
                table: "allocations");
        }
    }
}
