using System.ComponentModel.DataAnnotations;
using Plumbline.Core.Input;

namespace Plumbline.Web.Forms;

/// <summary>Refuses dates outside <see cref="SaneDates"/> (2000–2100) with a field message.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SaneDateAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        DateOnly date => SaneDates.Contains(date),
        _ => false,
    };

    public override string FormatErrorMessage(string name) => SaneDates.Describe(name.ToLowerInvariant());
}
