using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plumbline.Web.Accounts;
using Plumbline.Web.Data;
using Plumbline.Web.Engagements;
using Plumbline.Web.Forms;
using Plumbline.Web.Inventory;
using Plumbline.Web.Jobs;
using Plumbline.Web.Register;

namespace Plumbline.Web.Hosting;

/// <summary>Builds the workspace web app: services, security, pages. Used by Program.cs and <c>plumb serve</c>.</summary>
public sealed class WorkspaceHost
{
    private WorkspaceHost()
    {
    }

    /// <summary>Builds the app; <paramref name="configure"/> may add configuration (data folder, database, URLs).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WorkspaceHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        configure?.Invoke(builder);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);

        var services = builder.Services;
        services.AddOptions<WorkspaceOptions>().Bind(builder.Configuration.GetSection(WorkspaceOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<WorkspaceDatabase>();
        services.AddScoped(sp => sp.GetRequiredService<WorkspaceDatabase>().CreateContext());
        services.AddSingleton<FirstRun>();
        // Keys that protect the sign-in cookies live with the data, so a restart keeps people signed in.
        services.AddDataProtection().SetApplicationName("plumbline");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<WorkspaceOptions>, ILoggerFactory>((k, w, logs) =>
        {
            var dir = string.IsNullOrWhiteSpace(w.Value.DataDir) ? WorkspaceOptions.DefaultDataDir() : w.Value.DataDir;
            k.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(dir, "keys")), logs);
        });
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<FirstRunNotice>();
        services.AddAuditJobs();
        services.AddScoped<EngagementAccess>();
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<EngagementRouteConstraint>(EngagementRoute.ConstraintName));
        services.AddScoped<RegisterService>();

        services.AddIdentity<WorkspaceUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<WorkspaceDb>()
            .AddSignInManager<WorkspaceSignInManager>();
        services.AddScoped<AccountLinks>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/signin";
            o.LogoutPath = "/signout";
            o.AccessDeniedPath = "/status/403";
            o.Cookie.Name = "plumbline.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Instead of Identity's periodic SecurityStampValidator: a cut-off session ends on its next request.
            o.Events.OnValidatePrincipal = SessionCheck.ValidateAsync;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "plumbline.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Only sign-in, first-run and set-password posts are limited: that is where passwords and tokens are guessed.
                var guarded = HttpMethods.IsPost(context.Request.Method)
                    && (context.Request.Path.StartsWithSegments("/signin") || context.Request.Path.StartsWithSegments("/setup")
                        || context.Request.Path.StartsWithSegments("/set-password"));
                if (!guarded)
                {
                    return RateLimitPartition.GetNoLimiter("open");
                }

                var permits = context.RequestServices.GetRequiredService<IOptions<WorkspaceOptions>>().Value.SignInPermitsPerMinute;
                var key = $"{context.Request.Path.Value}|{context.Connection.RemoteIpAddress}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/";
                o.Conventions.AllowAnonymousToPage("/Accounts/SignIn");
                o.Conventions.AllowAnonymousToPage("/Accounts/Setup");
                o.Conventions.AllowAnonymousToPage("/Accounts/SetPassword");
                o.Conventions.AllowAnonymousToPage("/Shared/Status");
            })
            .AddMvcOptions(o =>
            {
                o.ModelBinderProviders.Insert(0, new StrictBoolBinderProvider());
                o.Filters.Add<UnknownHandlerFilter>();
            })
            .AddApplicationPart(typeof(WorkspaceHost).Assembly);

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/status/500");
        }

        app.MapGet("/site.css", SiteCss.Serve).AllowAnonymous();
        FirstRun.UseFirstRun(app);
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<EngagementAccessMiddleware>();
        app.MapRazorPages();
        ExportEndpoints.Map(app);
        RenewalCalendar.Map(app);
    }
}
