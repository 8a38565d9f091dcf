namespace Plumbline.Web.Jobs;

/// <summary>Registers the background audit jobs: the wake-up signal, the runner and the worker.</summary>
internal static class JobServices
{
    /// <summary>Call after the database start-up service, so the worker starts on a migrated database.</summary>
    public static IServiceCollection AddAuditJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobSignal>();
        services.AddScoped<JobRunner>();
        services.AddHostedService<JobWorker>();
        return services;
    }
}
