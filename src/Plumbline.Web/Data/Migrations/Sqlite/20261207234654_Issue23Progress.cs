using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Plumbline.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Issue23Progress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Runs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EngagementId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FailingFingerprints = table.Column<string>(type: "TEXT", nullable: false),
                    Compared = table.Column<bool>(type: "INTEGER", nullable: false),
                    Fixed = table.Column<int>(type: "INTEGER", nullable: false),
                    New = table.Column<int>(type: "INTEGER", nullable: false),
                    StillOpen = table.Column<int>(type: "INTEGER", nullable: false),
                    Regressed = table.Column<int>(type: "INTEGER", nullable: false),
                    NotRechecked = table.Column<int>(type: "INTEGER", nullable: false),
                    Secrets = table.Column<int>(type: "INTEGER", nullable: true),
                    TruckFactor = table.Column<int>(type: "INTEGER", nullable: true),
                    SiteGrade = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    VulnerablePackages = table.Column<int>(type: "INTEGER", nullable: true),
                    OpenDoNow = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenPlanAndInvest = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenQuickWins = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenSkipForNow = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Runs_Engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "Engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItemStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EngagementId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RunId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemStatusChanges_Items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "Items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ItemStatusChanges_Runs_RunId",
                        column: x => x.RunId,
                        principalTable: "Runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemStatusChanges_EngagementId_At",
                table: "ItemStatusChanges",
                columns: new[] { "EngagementId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ItemStatusChanges_ItemId",
                table: "ItemStatusChanges",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemStatusChanges_RunId",
                table: "ItemStatusChanges",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_Runs_EngagementId_Source_GeneratedAt",
                table: "Runs",
                columns: new[] { "EngagementId", "Source", "GeneratedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemStatusChanges");

            migrationBuilder.DropTable(
                name: "Runs");
        }
    }
}
