namespace Plumbline.Checks.Iac;

/// <summary>A part of a file a rule judges on its own: the file, a Dockerfile's last stage or one RUN, a compose
/// service, a Kubernetes document, a Terraform resource or a block inside one.</summary>
/// <param name="Name">What a finding calls it: <c>service db</c>, <c>aws_security_group.web</c>.</param>
/// <param name="Text">Its text.</param>
/// <param name="Line">The 1-based line it starts on in the file.</param>
public sealed record IacScope(string Name, string Text, int Line)
{
    /// <summary>The 1-based file line of a position in <see cref="Text"/>.</summary>
    public int LineOf(int index) => Line + Text.AsSpan(0, Math.Min(index, Text.Length)).Count('\n');
}
