using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plumbline.Web.Data.Migrations.Sqlite
{
    // Existing systems' costs were monthly, and nobody had decided a renewal: hence the defaults Month and Undecided.
    /// <inheritdoc />
    public partial class Issue24Vendors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "MonthlyCost",
                table: "Systems",
                newName: "Cost");

            migrationBuilder.AddColumn<string>(
                name: "AccountOwner",
                table: "Systems",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ContractEnd",
                table: "Systems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CostPeriod",
                table: "Systems",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Month");

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Systems",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DataExportHow",
                table: "Systems",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DataExportable",
                table: "Systems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NoticeDays",
                table: "Systems",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RenewalDate",
                table: "Systems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RenewalDecision",
                table: "Systems",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Undecided");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AccountOwner",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "ContractEnd",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "CostPeriod",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "DataExportHow",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "DataExportable",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "NoticeDays",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "RenewalDate",
                table: "Systems");

            migrationBuilder.DropColumn(
                name: "RenewalDecision",
                table: "Systems");

            migrationBuilder.RenameColumn(
                name: "Cost",
                table: "Systems",
                newName: "MonthlyCost");
        }
    }
}
