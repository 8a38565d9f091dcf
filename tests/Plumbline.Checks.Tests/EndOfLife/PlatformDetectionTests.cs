using Plumbline.Checks.EndOfLife;

namespace Plumbline.Checks.Tests.EndOfLife;

public sealed class PlatformDetectionTests
{
    [Theory]
    [InlineData("php:7.2-apache", "php", "7.2")]
    [InlineData("node:12", "nodejs", "12")]
    [InlineData("python:2.7", "python", "2.7")]
    [InlineData("mcr.microsoft.com/dotnet/aspnet:3.1", "dotnet", "3.1")]
    [InlineData("mcr.microsoft.com/dotnet/core/sdk:2.2-alpine", "dotnet", "2.2")]
    [InlineData("ubuntu:18.04", "ubuntu", "18.04")]
    [InlineData("debian:buster", "debian", "10")]
    [InlineData("docker.io/library/postgres:9.6", "postgresql", "9.6")]
    [InlineData("mysql/mysql-server:5.7", "mysql", "5.7")]
    [InlineData("docker.elastic.co/elasticsearch/elasticsearch:7.10.1", "elasticsearch", "7.10.1")]
    [InlineData("mongo:3.6@sha256:abc", "mongodb", "3.6")]
    [InlineData("redis", "redis", null)]
    [InlineData("node:lts-alpine", "nodejs", null)]
    public void An_image_reference_names_its_product_and_version(string image, string product, string? version)
    {
        ImageReference.Read(image).First().ShouldBe((product, version));
    }

    [Fact]
    public void A_tag_naming_a_base_system_or_php_adds_that_platform_too()
    {
        ImageReference.Read("python:2.7-slim-buster").ShouldBe([("python", "2.7"), ("debian", "10")]);
        ImageReference.Read("node:12-alpine3.12").ShouldBe([("nodejs", "12"), ("alpine-linux", "3.12")]);
        ImageReference.Read("wordpress:5.8-php7.4-apache").ShouldBe([("wordpress", "5.8"), ("php", "7.4")]);
        ImageReference.Read("registry.example.com/team/app:1.0").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("^7.2", "7")]
    [InlineData("~> 2.7", "2")]
    [InlineData("~> 2.7.1", "2.7")]
    [InlineData(">=3.7,<3.11", "3.10")]
    [InlineData(">=20 <22", "21")]
    [InlineData("^7.4 || ^8.0", "8")]
    [InlineData("7.4.*", "7.4")]
    [InlineData("==2.2.28", "2.2.28")]
    [InlineData(">= 18", null)]
    [InlineData(">=7.2", null)]
    [InlineData("*", null)]
    public void A_requirement_is_read_as_the_newest_version_it_allows(string requirement, string? newest)
    {
        Requirement.NewestAllowed(requirement).ShouldBe(newest);
    }

    [Theory]
    [InlineData("net45", "dotnetfx", "4.5")]
    [InlineData("net472", "dotnetfx", "4.7.2")]
    [InlineData("v4.6.1", "dotnetfx", "4.6.1")]
    [InlineData("netcoreapp3.1", "dotnet", "3.1")]
    [InlineData("net5.0", "dotnet", "5.0")]
    [InlineData("net8.0-windows", "dotnet", "8.0")]
    public void A_target_framework_moniker_names_dotnet_or_dotnet_framework(string moniker, string product, string version)
    {
        DotNetTargets.Read(moniker).ShouldBe((product, version));
    }

    [Fact]
    public void Netstandard_is_a_library_contract_and_names_no_runtime()
    {
        DotNetTargets.Read("netstandard2.0").ShouldBeNull();
    }

    [Fact]
    public void Each_kind_of_file_gives_the_platform_with_its_file_and_line()
    {
        SourceFile[] files =
        [
            new("Dockerfile", "ARG PHP=7.2\nFROM php:${PHP}-apache AS base\nFROM base\nFROM scratch\n"),
            new("deploy/docker-compose.yml", "services:\n  db:\n    image: \"mysql:5.7\"\n  cache:\n    image: redis:5 # cache\n"),
            new(".nvmrc", "v12.22.1\n"),
            new(".python-version", "system\n"),
            new("runtime.txt", "python-3.7.2\n"),
            new(".ruby-version", "ruby-2.6.3\n"),
            new("Gemfile", "source 'https://rubygems.org'\nruby '~> 2.7'\ngem 'rails', '~> 5.2'\n"),
            new("go.mod", "module example.com/x\n\ngo 1.16\n"),
            new("composer.json", "{\n  \"require\": {\n    \"php\": \"^7.2\",\n    \"laravel/framework\": \"^6.0\"\n  }\n}\n"),
            new("web/Web.csproj", "<Project>\n  <PropertyGroup>\n    <TargetFrameworks>net48;netcoreapp3.1</TargetFrameworks>\n  </PropertyGroup>\n</Project>\n"),
            new("web/Web.config", "<configuration>\n  <system.web>\n    <compilation debug=\"true\" targetFramework=\"4.5\" />\n  </system.web>\n</configuration>\n"),
            new("pom.xml", "<project>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>2.1.4.RELEASE</version>\n  </parent>\n  <properties>\n    <java.version>1.8</java.version>\n  </properties>\n</project>\n"),
            new("site/wp-includes/version.php", "<?php\n$wp_version = '4.9.8';\n"),
            new("app/package.json", "{\n  \"dependencies\": {\n    \"angular\": \"1.5.8\",\n    \"vue\": \"^2.6.0\"\n  },\n  \"engines\": { \"node\": \">=10\" }\n}\n"),
        ];

        var found = PlatformDetector.Detect(files).Select(p => $"{p.Product} {p.Version ?? "?"} @ {p.Where}").ToList();

        found.ShouldBe(
        [
            "nodejs 12.22.1 @ .nvmrc:1",
            "python ? @ .python-version:1",
            "ruby 2.6.3 @ .ruby-version:1",
            "php 7.2 @ Dockerfile:2",
            "ruby 2 @ Gemfile:2",
            "ruby-on-rails 5 @ Gemfile:3",
            "angularjs 1.5.8 @ app/package.json:3",
            "vue 2 @ app/package.json:4",
            "php 7 @ composer.json:3",
            "laravel 6 @ composer.json:4",
            "mysql 5.7 @ deploy/docker-compose.yml:3",
            "redis 5 @ deploy/docker-compose.yml:5",
            "go 1.16 @ go.mod:3",
            "spring-boot 2.1.4.RELEASE @ pom.xml:4",
            "eclipse-temurin 8 @ pom.xml:8",
            "python 3.7.2 @ runtime.txt:1",
            "wordpress 4.9.8 @ site/wp-includes/version.php:2",
            "dotnetfx 4.8 @ web/Web.csproj:3",
            "dotnet 3.1 @ web/Web.csproj:3",
            "dotnetfx 4.5 @ web/Web.config:3",
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_framework_in_a_lockfile_counts_only_when_the_manifest_beside_it_declares_it()
    {
        SourceFile[] files =
        [
            new("package.json", "{ \"dependencies\": { \"vue\": \"^2.6.0\" }, \"devDependencies\": { \"jquery\": \"^2.2.0\" } }"),
            new("yarn.lock", "vue@^2.6.0:\n  version \"2.6.14\"\n\njquery@^2.2.0:\n  version \"2.2.4\"\n\nreact@^16.0.0:\n  version \"16.14.0\"\n"),
        ];

        PlatformDetector.Detect(files).Select(p => $"{p.Product} {p.Version} @ {p.Where}").ShouldBe(["vue 2.6.14 @ yarn.lock:1"]);
    }

    [Fact]
    public void Packages_config_gives_way_to_the_project_file_beside_it()
    {
        SourceFile[] files =
        [
            new("Web/packages.config", "<packages>\n  <package id=\"Newtonsoft.Json\" version=\"12.0.1\" targetFramework=\"net461\" />\n</packages>\n"),
            new("Web/Web.csproj", "<Project>\n  <PropertyGroup>\n    <TargetFrameworkVersion>v4.7.2</TargetFrameworkVersion>\n  </PropertyGroup>\n</Project>\n"),
            new("Old/packages.config", "<packages>\n  <package id=\"Newtonsoft.Json\" version=\"12.0.1\" targetFramework=\"net45\" />\n</packages>\n"),
        ];

        PlatformDetector.Detect(files).Select(p => $"{p.Product} {p.Version} @ {p.Where}").ShouldBe(["dotnetfx 4.5 @ Old/packages.config:2", "dotnetfx 4.7.2 @ Web/Web.csproj:3"]);
    }
}
