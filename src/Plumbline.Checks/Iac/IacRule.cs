using System.Text.RegularExpressions;
using Plumbline.Core.Findings;

namespace Plumbline.Checks.Iac;

/// <summary>One infrastructure-as-code rule, written as data (Iac/Rules/*.yml; format in docs/iac.md).</summary>
public sealed record IacRule
{
    /// <summary>The check id, a PascalCase question (<c>DockerfileRunsAsNonRoot</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The question, as docs/checks.md lists it.</summary>
    public required string Title { get; init; }

    /// <summary>The kind of file it reads.</summary>
    public required IacFileKind Files { get; init; }

    /// <summary>The parts judged one by one (<see cref="IacScopes.Of"/>).</summary>
    public required string Scope { get; init; }

    /// <summary>A scope is judged only when this matches in it; null for every scope.</summary>
    public Regex? When { get; init; }

    /// <summary>Fails at each match in a scope.</summary>
    public Regex? Present { get; init; }

    /// <summary>Fails a scope where this does not match.</summary>
    public Regex? Absent { get; init; }

    /// <summary>Fails a scope that opens one of these ports to the whole internet (port ranges read from AWS, Azure and
    /// GCP syntax by <see cref="PortRanges"/>); empty when not used.</summary>
    public IReadOnlyList<int> OpenPorts { get; init; } = [];

    /// <summary>A file where this matches is skipped (the setting is made elsewhere in it).</summary>
    public Regex? UnlessFile { get; init; }

    /// <summary>For a Dockerfile <c>FROM</c> rule: a match whose <c>image</c> group names an earlier stage is not a base image.</summary>
    public bool SkipStageNames { get; init; }

    public required Severity Severity { get; init; }

    public required string RecommendationId { get; init; }

    /// <summary>The finding's sentence; <c>{scope}</c> is filled in.</summary>
    public required string Says { get; init; }

    /// <summary>The same question's ids in Checkov, hadolint or Trivy, so a user can look it up there.</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];

    /// <summary>Files this rule must pass.</summary>
    public IReadOnlyList<string> Passes { get; init; } = [];

    /// <summary>Files this rule must fail.</summary>
    public IReadOnlyList<string> Fails { get; init; } = [];
}
