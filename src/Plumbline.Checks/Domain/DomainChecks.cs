using Plumbline.Checks.Domain.Checks;
using Plumbline.Core.Checks;

namespace Plumbline.Checks.Domain;

/// <summary>The built-in domain checks, listed explicitly, in the order reports show them.</summary>
public static class DomainChecks
{
    /// <summary>Every domain check.</summary>
    public static IReadOnlyList<ICheck<DomainSnapshot>> All { get; } =
    [
        new MailExchangerPublished(),
        new SpfPublished(),
        new SpfSingleRecord(),
        new SpfSyntaxValid(),
        new SpfWithinLookupLimit(),
        new SpfVoidLookupsWithinLimit(),
        new SpfFreeOfLoops(),
        new SpfEndsWithStrictAll(),
        new DmarcPublished(),
        new DmarcEnforced(),
        new DmarcCoversSubdomains(),
        new DmarcReportsRequested(),
        new DkimKeysPublished(),
        new MtaStsEnforced(),
        new TlsReportingEnabled(),
        new CaaPublished(),
        new DnssecSigned(),
        new NameserversRedundant(),
        new NameserversDiverse(),
    ];
}
