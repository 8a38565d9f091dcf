using Plumbline.Checks.Dependencies;

namespace Plumbline.Checks.Repo.TestSuite;

/// <summary>Test files by each language's conventions, and test frameworks by their packages.</summary>
public static class TestFiles
{
    private static readonly HashSet<string> TestFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "test", "tests", "__tests__", "spec", "specs", "e2e", "integration-tests", "unittests", "testing",
    };

    private static readonly (string Package, string Framework)[] FrameworkPackages =
    [
        ("xunit", "xUnit"), ("xunit.v3", "xUnit"), ("nunit", "NUnit"), ("mstest.testframework", "MSTest"), ("mstest", "MSTest"),
        ("jest", "Jest"), ("vitest", "Vitest"), ("mocha", "Mocha"), ("jasmine", "Jasmine"), ("ava", "AVA"), ("@playwright/test", "Playwright"),
        ("cypress", "Cypress"), ("pytest", "pytest"), ("nose2", "nose2"), ("hypothesis", "Hypothesis"),
        ("junit:junit", "JUnit"), ("org.junit.jupiter:junit-jupiter", "JUnit"), ("org.junit.jupiter:junit-jupiter-api", "JUnit"), ("org.testng:testng", "TestNG"),
        ("rspec", "RSpec"), ("minitest", "Minitest"), ("phpunit/phpunit", "PHPUnit"), ("pestphp/pest", "Pest"),
        ("flutter_test", "flutter_test"), ("test", "package:test"), ("github.com/stretchr/testify", "testify"),
    ];

    /// <summary>True when the path looks like a test by folder or file-name convention.</summary>
    public static bool IsTest(string path)
    {
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var p = parts[i];
            if (TestFolders.Contains(p) || p.EndsWith(".Tests", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".Test", StringComparison.OrdinalIgnoreCase)
                || p.EndsWith(".UnitTests", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".IntegrationTests", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var name = parts[^1];
        var stem = Path.GetFileNameWithoutExtension(name);
        return name.Contains(".test.", StringComparison.OrdinalIgnoreCase) || name.Contains(".spec.", StringComparison.OrdinalIgnoreCase)
            || (name.EndsWith(".py", StringComparison.Ordinal) && (stem.StartsWith("test_", StringComparison.Ordinal) || stem.EndsWith("_test", StringComparison.Ordinal)))
            || name.EndsWith("_test.go", StringComparison.Ordinal) || name.EndsWith("_spec.rb", StringComparison.Ordinal) || name.EndsWith("_test.rb", StringComparison.Ordinal)
            || name.EndsWith("_test.dart", StringComparison.Ordinal)
            || (stem.EndsWith("Test", StringComparison.Ordinal) || stem.EndsWith("Tests", StringComparison.Ordinal)) && (name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith(".java", StringComparison.Ordinal) || name.EndsWith(".kt", StringComparison.Ordinal) || name.EndsWith(".php", StringComparison.Ordinal) || name.EndsWith(".swift", StringComparison.Ordinal));
    }

    /// <summary>Frameworks named by the manifests' dependencies, plus Go's and Rust's built-in testing when used.</summary>
    public static IReadOnlyList<string> Frameworks(RepoSnapshot snapshot, IReadOnlyList<Manifest> manifests)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dep in manifests.SelectMany(m => m.Dependencies))
        {
            foreach (var (package, framework) in FrameworkPackages)
            {
                if (string.Equals(dep.Name, package, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(framework);
                }
            }
        }

        if (snapshot.Files.Any(f => f.Name.EndsWith("_test.go", StringComparison.Ordinal)))
        {
            found.Add("go test");
        }

        if (snapshot.TextFiles.Any(f => f.Extension == ".rs" && f.MayContain(ContentProbe.RustTest) && f.Text!.Contains(ContentProbe.RustTest, StringComparison.Ordinal)))
        {
            found.Add("cargo test");
        }

        if (snapshot.TextFiles.Any(f => f.Extension == ".py" && IsTest(f.Path) && f.MayContain(ContentProbe.Unittest) && f.Text!.Contains(ContentProbe.Unittest, StringComparison.Ordinal)))
        {
            found.Add("unittest");
        }

        return [.. found];
    }
}
