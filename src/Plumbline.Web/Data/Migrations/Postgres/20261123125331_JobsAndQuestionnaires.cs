using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Plumbline.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class JobsAndQuestionnaires : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditJobs_EngagementId",
                table: "AuditJobs");

            migrationBuilder.AlterColumn<string>(
                name: "Progress",
                table: "AuditJobs",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "AuditJobs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "AuditJobs",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RequestedBy",
                table: "AuditJobs",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "AuditJobs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AssessmentResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EngagementId = table.Column<int>(type: "integer", nullable: false),
                    TemplateId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Answers = table.Column<string>(type: "text", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScoredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentResponses_Engagements_EngagementId",
                        column: x => x.EngagementId,
                        principalTable: "Engagements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditJobs_EngagementId_CreatedAt",
                table: "AuditJobs",
                columns: new[] { "EngagementId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentResponses_EngagementId_TemplateId",
                table: "AssessmentResponses",
                columns: new[] { "EngagementId", "TemplateId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentResponses");

            migrationBuilder.DropIndex(
                name: "IX_AuditJobs_EngagementId_CreatedAt",
                table: "AuditJobs");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "AuditJobs");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "AuditJobs");

            migrationBuilder.DropColumn(
                name: "RequestedBy",
                table: "AuditJobs");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "AuditJobs");

            migrationBuilder.AlterColumn<string>(
                name: "Progress",
                table: "AuditJobs",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(500)",
                oldMaxLength: 500);

            migrationBuilder.CreateIndex(
                name: "IX_AuditJobs_EngagementId",
                table: "AuditJobs",
                column: "EngagementId");
        }
    }
}
