using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plumbline.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RegisterStamp",
                table: "Engagements",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RegisterStamp",
                table: "Engagements");
        }
    }
}
