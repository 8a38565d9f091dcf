namespace Plumbline.Checks.EndOfLife;

/// <summary>What part a platform plays: it decides how exposed an outdated one is.</summary>
public enum PlatformKind
{
    /// <summary>A language runtime (PHP, Node.js, .NET, Python, Java).</summary>
    Runtime,

    /// <summary>An application framework (Rails, Django, Laravel, AngularJS, Spring Boot).</summary>
    Framework,

    /// <summary>A content management system (WordPress, Drupal).</summary>
    Cms,

    /// <summary>A web server in front of the application (nginx, Apache httpd, Tomcat).</summary>
    WebServer,

    /// <summary>A database, cache, search engine or queue.</summary>
    DataStore,

    /// <summary>An operating system or base image (Ubuntu, Debian, Alpine, CentOS).</summary>
    OperatingSystem,
}
