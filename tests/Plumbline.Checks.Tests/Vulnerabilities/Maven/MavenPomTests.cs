using Plumbline.Checks.Vulnerabilities;
using Plumbline.Checks.Vulnerabilities.Lockfiles;

namespace Plumbline.Checks.Tests.Vulnerabilities.Maven;

/// <summary>pom.xml read as Maven builds its dependency list: properties, parents in the repository, dependencyManagement
/// and import BOMs; what comes from outside the repository is named, never guessed. The cases restate the shapes
/// osv-scalibr's pom extractor is tested on (parent by relativePath, interpolation, management, profiles).</summary>
public sealed class MavenPomTests
{
    private static ProjectFileReading Read(params (string Path, string Text)[] files) =>
        MavenPoms.Read([.. files.Select(f => new FoundLockfile(f.Path, f.Text, null))]);

    private static string[] Pinned(ProjectFileReading reading, string path) =>
        [.. reading.Sources.Single(s => s.Path == path).Packages.Select(p => $"{p.Name}@{p.Version}")];

    private const string Parent = """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <groupId>com.example.shop</groupId>
          <artifactId>shop-parent</artifactId>
          <version>2.1.0</version>
          <packaging>pom</packaging>
          <properties>
            <jackson.version>2.13.2</jackson.version>
            <log4j.version>2.14.1</log4j.version>
          </properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>org.apache.logging.log4j</groupId>
                <artifactId>log4j-core</artifactId>
                <version>${log4j.version}</version>
              </dependency>
              <dependency>
                <groupId>com.example.shop</groupId>
                <artifactId>shop-bom</artifactId>
                <version>${project.version}</version>
                <type>pom</type>
                <scope>import</scope>
              </dependency>
            </dependencies>
          </dependencyManagement>
          <dependencies>
            <dependency>
              <groupId>junit</groupId>
              <artifactId>junit</artifactId>
              <version>4.12</version>
              <scope>test</scope>
            </dependency>
          </dependencies>
        </project>
        """;

    private const string Bom = """
        <project>
          <groupId>com.example.shop</groupId>
          <artifactId>shop-bom</artifactId>
          <version>2.1.0</version>
          <dependencyManagement>
            <dependencies>
              <dependency><groupId>org.yaml</groupId><artifactId>snakeyaml</artifactId><version>1.30</version></dependency>
            </dependencies>
          </dependencyManagement>
        </project>
        """;

    private const string Web = """
        <project>
          <parent>
            <groupId>com.example.shop</groupId>
            <artifactId>shop-parent</artifactId>
            <version>2.1.0</version>
          </parent>
          <artifactId>shop-web</artifactId>
          <properties>
            <log4j.version>2.17.1</log4j.version>
          </properties>
          <dependencies>
            <dependency>
              <groupId>com.fasterxml.jackson.core</groupId>
              <artifactId>jackson-databind</artifactId>
              <version>${jackson.version}</version>
            </dependency>
            <dependency>
              <groupId>org.apache.logging.log4j</groupId>
              <artifactId>log4j-core</artifactId>
            </dependency>
            <dependency>
              <groupId>org.yaml</groupId>
              <artifactId>snakeyaml</artifactId>
            </dependency>
            <dependency>
              <groupId>${project.groupId}</groupId>
              <artifactId>shop-core</artifactId>
              <version>${project.version}</version>
            </dependency>
            <dependency>
              <groupId>org.example</groupId>
              <artifactId>ranged</artifactId>
              <version>[1.0,2.0)</version>
            </dependency>
          </dependencies>
          <profiles>
            <profile>
              <id>postgres</id>
              <dependencies>
                <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.2.5</version></dependency>
              </dependencies>
            </profile>
          </profiles>
          <build>
            <plugins>
              <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>2.22.0</version></plugin>
            </plugins>
          </build>
        </project>
        """;

    [Fact]
    public void A_module_takes_versions_from_its_properties_its_parent_and_a_bom_in_the_repository()
    {
        var reading = Read(("pom.xml", Parent), ("bom/pom.xml", Bom), ("web/pom.xml", Web));

        reading.Errors.ShouldBeEmpty();
        Pinned(reading, "web/pom.xml").ShouldBe([
            "com.example.shop:shop-core@2.1.0", "com.fasterxml.jackson.core:jackson-databind@2.13.2",
            "org.apache.logging.log4j:log4j-core@2.17.1", "org.postgresql:postgresql@42.2.5", "org.yaml:snakeyaml@1.30",
        ]);
        Pinned(reading, "pom.xml").ShouldBe(["junit:junit@4.12"]);
        reading.Sources.SelectMany(s => s.Packages).ShouldAllBe(p => p.Ecosystem == "Maven" && p.Direct == true);
        var ranged = reading.Unresolved.ShouldHaveSingleItem();
        ranged.Name.ShouldBe("org.example:ranged");
        ranged.Reason.ShouldContain("range [1.0,2.0)");
    }

    [Fact]
    public void Versions_managed_by_a_parent_outside_the_repository_are_named_not_guessed()
    {
        var reading = Read(("pom.xml", """
            <project>
              <parent>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-starter-parent</artifactId>
                <version>2.1.4.RELEASE</version>
                <relativePath/>
              </parent>
              <groupId>org.example</groupId>
              <artifactId>clinic</artifactId>
              <dependencies>
                <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                <dependency><groupId>org.webjars</groupId><artifactId>bootstrap</artifactId><version>${webjars-bootstrap.version}</version></dependency>
                <dependency><groupId>com.h2database</groupId><artifactId>h2</artifactId><version>1.4.197</version></dependency>
              </dependencies>
            </project>
            """));

        Pinned(reading, "pom.xml").ShouldBe(["com.h2database:h2@1.4.197"]);
        reading.Unresolved.Select(u => u.Name).ShouldBe(["org.springframework.boot:spring-boot-starter-web", "org.webjars:bootstrap"]);
        reading.Unresolved[0].Reason.ShouldContain("managed outside the repository, by the parent org.springframework.boot:spring-boot-starter-parent:2.1.4.RELEASE");
        reading.Unresolved[1].Reason.ShouldContain("${webjars-bootstrap.version}");
    }

    [Fact]
    public void A_dependency_nobody_manages_and_a_broken_pom_are_reported()
    {
        var reading = Read(
            ("a/pom.xml", "<project><groupId>g</groupId><artifactId>a</artifactId><dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId></dependency></dependencies></project>"),
            ("b/pom.xml", "<project><dependencies>"),
            ("c/pom.xml", "<settings/>"));

        reading.Unresolved.ShouldHaveSingleItem().Reason.ShouldContain("no dependencyManagement in the repository sets one");
        reading.Errors.Select(e => e.Source).ShouldBe(["b/pom.xml", "c/pom.xml"]);
        reading.Errors[1].Message.ShouldContain("not <project>");
    }

    [Fact]
    public void A_parent_loop_does_not_hang()
    {
        var reading = Read(
            ("a/pom.xml", "<project><parent><groupId>g</groupId><artifactId>b</artifactId><relativePath>../b/pom.xml</relativePath></parent><groupId>g</groupId><artifactId>a</artifactId><dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId></dependency></dependencies></project>"),
            ("b/pom.xml", "<project><parent><groupId>g</groupId><artifactId>a</artifactId><relativePath>../a/pom.xml</relativePath></parent><groupId>g</groupId><artifactId>b</artifactId></project>"));

        reading.Unresolved.ShouldHaveSingleItem().Name.ShouldBe("x:y");
    }
}
