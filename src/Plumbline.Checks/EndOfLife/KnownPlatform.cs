namespace Plumbline.Checks.EndOfLife;

/// <summary>A product Plumbline detects, and how its versions count as "major" steps.</summary>
/// <param name="Id">The endoflife.date product id.</param>
/// <param name="Kind">What part it plays.</param>
/// <param name="MajorParts">How many leading version parts make a major step: 1 for most ("7" of PHP 7.4), 2 where
/// the first never changes and each cycle is a step of its own (Python 3.8 → 3.9).</param>
public sealed record KnownPlatform(string Id, PlatformKind Kind, int MajorParts = 1)
{
    /// <summary>Every product the detectors can name, and so every product the snapshot keeps.</summary>
    public static IReadOnlyList<KnownPlatform> All { get; } =
    [
        new("php", PlatformKind.Runtime),
        new("python", PlatformKind.Runtime, 2),
        new("nodejs", PlatformKind.Runtime),
        new("dotnet", PlatformKind.Runtime),
        new("dotnetfx", PlatformKind.Runtime),
        new("ruby", PlatformKind.Runtime, 2),
        new("go", PlatformKind.Runtime),
        new("eclipse-temurin", PlatformKind.Runtime),
        new("ruby-on-rails", PlatformKind.Framework),
        new("django", PlatformKind.Framework),
        new("laravel", PlatformKind.Framework),
        new("symfony", PlatformKind.Framework),
        new("angularjs", PlatformKind.Framework, 2),
        new("angular", PlatformKind.Framework),
        new("vue", PlatformKind.Framework),
        new("react", PlatformKind.Framework),
        new("spring-boot", PlatformKind.Framework),
        new("spring-framework", PlatformKind.Framework),
        new("express", PlatformKind.Framework),
        new("nextjs", PlatformKind.Framework),
        new("jquery", PlatformKind.Framework),
        new("wordpress", PlatformKind.Cms),
        new("drupal", PlatformKind.Cms),
        new("nginx", PlatformKind.WebServer, 2),
        new("apache-http-server", PlatformKind.WebServer, 2),
        new("tomcat", PlatformKind.WebServer),
        new("mysql", PlatformKind.DataStore),
        new("mariadb", PlatformKind.DataStore),
        new("postgresql", PlatformKind.DataStore),
        new("redis", PlatformKind.DataStore),
        new("mongodb", PlatformKind.DataStore),
        new("elasticsearch", PlatformKind.DataStore),
        new("rabbitmq", PlatformKind.DataStore),
        new("mssqlserver", PlatformKind.DataStore),
        new("ubuntu", PlatformKind.OperatingSystem),
        new("debian", PlatformKind.OperatingSystem),
        new("alpine-linux", PlatformKind.OperatingSystem, 2),
        new("centos", PlatformKind.OperatingSystem),
    ];

    /// <summary>The known product with this id, or null.</summary>
    public static KnownPlatform? Find(string id) => All.FirstOrDefault(p => p.Id == id);

    /// <summary>True when an outdated version faces the internet whenever the application does.</summary>
    public bool FacesTheWeb => Kind is PlatformKind.Framework or PlatformKind.Cms or PlatformKind.WebServer;

    /// <summary>The major key of a cycle: its first <see cref="MajorParts"/> parts.</summary>
    public string MajorOf(EolCycle cycle) => string.Join('.', cycle.Parts.Take(MajorParts));
}
