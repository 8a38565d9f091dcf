using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Plumbline.Web.Data;

/// <summary>The workspace database. One subclass per provider carries that provider's migrations.</summary>
public abstract class WorkspaceDb : IdentityDbContext<WorkspaceUser>
{
    protected WorkspaceDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<SystemEntry> Systems => Set<SystemEntry>();

    public DbSet<DataHolding> DataHoldings => Set<DataHolding>();

    public DbSet<Integration> Integrations => Set<Integration>();

    public DbSet<RegisterItem> Items => Set<RegisterItem>();

    public DbSet<ItemDependency> ItemDependencies => Set<ItemDependency>();

    public DbSet<StoredFinding> Findings => Set<StoredFinding>();

    public DbSet<AuditJob> AuditJobs => Set<AuditJob>();

    public DbSet<AssessmentResponse> AssessmentResponses => Set<AssessmentResponse>();

    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    public DbSet<RunRecord> Runs => Set<RunRecord>();

    public DbSet<ItemStatusChange> StatusChanges => Set<ItemStatusChange>();

    public DbSet<StoredProposal> Proposals => Set<StoredProposal>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RegisterStamps.Renew(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RegisterStamps.Renew(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<WorkspaceUser>().Property(u => u.DisplayName).HasMaxLength(100);

        builder.Entity<Engagement>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(120);
            e.Property(x => x.ClientName).HasMaxLength(120);
            e.Property(x => x.Currency).HasMaxLength(8);
            e.Property(x => x.Budget).HasPrecision(14, 2);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Systems).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.DataHoldings).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Integrations).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Items).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Membership>(e =>
        {
            e.HasIndex(x => new { x.EngagementId, x.UserId }).IsUnique();
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SystemEntry>(e =>
        {
            e.ToTable("Systems");
            e.HasIndex(x => new { x.EngagementId, x.Name }).IsUnique();
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasMaxLength(60);
            e.Property(x => x.Vendor).HasMaxLength(100);
            e.Property(x => x.Owner).HasMaxLength(100);
            e.Property(x => x.Cost).HasPrecision(12, 2);
            e.Property(x => x.CostPeriod).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Currency).HasMaxLength(3);
            e.Property(x => x.AccountOwner).HasMaxLength(100);
            e.Property(x => x.DataExportHow).HasMaxLength(200);
            e.Property(x => x.RenewalDecision).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Lifecycle).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<DataHolding>(e =>
        {
            e.HasIndex(x => new { x.SystemId, x.DataKind }).IsUnique();
            e.Property(x => x.DataKind).HasMaxLength(60);
            e.HasOne(x => x.System).WithMany().HasForeignKey(x => x.SystemId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Integration>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.DataKind).HasMaxLength(60);
            e.HasOne(x => x.FromSystem).WithMany().HasForeignKey(x => x.FromSystemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.ToSystem).WithMany().HasForeignKey(x => x.ToSystemId).OnDelete(DeleteBehavior.NoAction);
        });

        builder.Entity<RegisterItem>(e =>
        {
            e.ToTable("Items");
            e.HasIndex(x => new { x.EngagementId, x.Key }).IsUnique();
            e.Property(x => x.Key).HasMaxLength(80);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.RecommendationId).HasMaxLength(80);
            e.Property(x => x.Owner).HasMaxLength(100);
            e.Property(x => x.Phase).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Origin).HasConversion<string>().HasMaxLength(20);
            e.HasMany(x => x.DependsOn).WithOne().HasForeignKey(d => d.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Findings).WithOne().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<RunRecord>(e =>
        {
            e.ToTable("Runs");
            e.HasIndex(x => new { x.EngagementId, x.Source, x.GeneratedAt });
            e.Property(x => x.Source).HasMaxLength(StoredFinding.SourceMaxLength);
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Target).HasMaxLength(2000);
            e.Property(x => x.SiteGrade).HasMaxLength(4);
            e.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ItemStatusChange>(e =>
        {
            e.ToTable("ItemStatusChanges");
            e.HasIndex(x => new { x.EngagementId, x.At });
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.By).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(400);
            e.HasOne<RegisterItem>().WithMany().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Run).WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<ItemDependency>(e =>
        {
            e.HasKey(x => new { x.ItemId, x.DependsOnId });
            e.HasOne(x => x.DependsOn).WithMany().HasForeignKey(x => x.DependsOnId).OnDelete(DeleteBehavior.NoAction);
        });

        builder.Entity<StoredFinding>(e =>
        {
            e.HasIndex(x => new { x.EngagementId, x.Source });
            e.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Source).HasMaxLength(StoredFinding.SourceMaxLength);
            e.Property(x => x.CheckId).HasMaxLength(100);
            e.Property(x => x.RecommendationId).HasMaxLength(80);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Severity).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Fingerprint).HasMaxLength(64);
        });

        builder.Entity<AuditJob>(e =>
        {
            e.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Target).HasMaxLength(500);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Progress).HasMaxLength(500);
            e.Property(x => x.RequestedBy).HasMaxLength(256);
            e.Property(x => x.Summary).HasMaxLength(Jobs.JobSummary.MaxLength);
            e.Property(x => x.Source).HasMaxLength(StoredFinding.SourceMaxLength);
            e.HasIndex(x => new { x.EngagementId, x.CreatedAt });
        });

        builder.Entity<AssessmentResponse>(e =>
        {
            e.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.EngagementId, x.TemplateId }).IsUnique();
            e.Property(x => x.TemplateId).HasMaxLength(80);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
        });

        builder.Entity<AccountLink>(e =>
        {
            e.HasOne<WorkspaceUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(20);
        });

        builder.Entity<StoredProposal>(e =>
        {
            e.ToTable("Proposals");
            e.HasOne<Engagement>().WithMany().HasForeignKey(x => x.EngagementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.EngagementId, x.FileName }).IsUnique();
            e.Property(x => x.FileName).HasMaxLength(StoredProposal.NameMaxLength);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
        });
    }
}
