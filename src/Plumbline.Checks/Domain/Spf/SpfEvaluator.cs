namespace Plumbline.Checks.Domain.Spf;

/// <summary>Resolves an SPF policy as a receiver would, counting DNS lookups and void lookups through includes and
/// redirects, and finding loops. It does not evaluate a sender address: it checks the policy itself.</summary>
public sealed class SpfEvaluator
{
    // A hostile or broken chain could make us query forever; receivers stop at 10, we stop a little later
    // so the report can say by how much the limit is exceeded.
    private const int MaxQueries = 40;
    private const int MaxDepth = 12;

    private readonly IDnsLookups _dns;

    public SpfEvaluator(IDnsLookups dns) => _dns = dns;

    /// <summary>Evaluates the policy published in the apex TXT answer of <paramref name="domain"/>.</summary>
    public async Task<SpfEvaluation> EvaluateAsync(string domain, DnsAnswer apexTxt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apexTxt);
        var records = apexTxt.Records.Where(SpfRecord.IsSpf).ToList();
        if (apexTxt.Failed)
        {
            return SpfEvaluation.None with { DnsError = apexTxt.Error };
        }

        if (records.Count != 1)
        {
            return SpfEvaluation.None with { Records = records };
        }

        var walk = new Walk(_dns, cancellationToken);
        var record = SpfParser.Parse(records[0]);
        walk.Steps.Add(new SpfStep(0, domain, "apex", records[0]));
        var effectiveAll = await walk.VisitAsync(domain, record, 0, [domain]).ConfigureAwait(false);
        return new SpfEvaluation(records, record, walk.Lookups, walk.Voids, walk.Steps, walk.Problems, walk.Loops, walk.Warnings, effectiveAll, walk.DnsError);
    }

    private sealed class Walk(IDnsLookups dns, CancellationToken cancellationToken)
    {
        public int Lookups { get; private set; }

        public int Voids { get; private set; }

        public int Queries { get; private set; }

        public List<SpfStep> Steps { get; } = [];

        public List<string> Problems { get; } = [];

        public List<string> Loops { get; } = [];

        public List<string> Warnings { get; } = [];

        public string? DnsError { get; private set; }

        /// <summary>Visits one record; returns the qualifier of the <c>all</c> that ends it (following redirect).</summary>
        public async Task<SpfQualifier?> VisitAsync(string domain, SpfRecord record, int depth, List<string> path)
        {
            foreach (var error in record.Errors)
            {
                if (depth > 0)
                {
                    Problems.Add($"{domain}: {error}");
                }
            }

            foreach (var term in record.Terms)
            {
                if (!term.CountsLookup || (term.IsModifier && record.All is not null))
                {
                    // redirect= is ignored when the record has an 'all' (RFC 7208 section 6.1).
                    continue;
                }

                if (term.Name is "include" or "exists" or "redirect" && string.IsNullOrWhiteSpace(term.Argument))
                {
                    // 'include:' with nothing after it (often 'include: example.com', a space too many) is a syntax
                    // error the parser reports; following it to the domain itself would invent a loop.
                    continue;
                }

                Lookups++;
                var target = term.Argument is { Length: > 0 } arg ? arg.TrimEnd('.') : domain;
                if (target.Contains('%', StringComparison.Ordinal))
                {
                    Warnings.Add($"{domain}: '{term.Text}' uses macros; its target depends on the sender and was not followed");
                    continue;
                }

                switch (term.Name)
                {
                    case "include":
                        await FollowAsync(domain, target, "include", depth, path).ConfigureAwait(false);
                        break;
                    case "redirect":
                        return await FollowAsync(domain, target, "redirect", depth, path).ConfigureAwait(false);
                    case "a" or "exists":
                        CountVoid(await QueryAsync(() => dns.AddressesAsync(target, cancellationToken)).ConfigureAwait(false));
                        break;
                    case "mx":
                        CountVoid(await QueryAsync(() => dns.MxAsync(target, cancellationToken)).ConfigureAwait(false));
                        break;
                    case "ptr":
                        Warnings.Add($"{domain}: 'ptr' is slow and unreliable; RFC 7208 says not to use it");
                        break;
                }
            }

            return record.All?.Qualifier;
        }

        private async Task<SpfQualifier?> FollowAsync(string from, string target, string via, int depth, List<string> path)
        {
            if (path.Contains(target, StringComparer.OrdinalIgnoreCase))
            {
                Loops.Add(string.Join(" → ", path.Append(target)));
                Problems.Add($"{from}: {via}:{target} loops back to a record already being evaluated");
                return null;
            }

            if (depth + 1 > MaxDepth)
            {
                Problems.Add($"{from}: {via}:{target} is nested more than {MaxDepth} deep; not followed");
                return null;
            }

            var answer = await QueryAsync(() => dns.TxtAsync(target, cancellationToken)).ConfigureAwait(false);
            if (answer is null)
            {
                return null;
            }

            var spf = answer.Records.Where(SpfRecord.IsSpf).ToList();
            if (answer.Failed)
            {
                Steps.Add(new SpfStep(depth + 1, target, via, null));
                return null;
            }

            if (spf.Count == 0)
            {
                CountVoid(answer);
                Steps.Add(new SpfStep(depth + 1, target, via, null));
                Problems.Add($"{from}: {via}:{target} has no SPF record (a receiver returns permerror)");
                return null;
            }

            if (spf.Count > 1)
            {
                Steps.Add(new SpfStep(depth + 1, target, via, string.Join(" | ", spf)));
                Problems.Add($"{from}: {via}:{target} publishes {spf.Count} SPF records (a receiver returns permerror)");
                return null;
            }

            Steps.Add(new SpfStep(depth + 1, target, via, spf[0]));
            var parsed = SpfParser.Parse(spf[0]);
            return await VisitAsync(target, parsed, depth + 1, [.. path, target]).ConfigureAwait(false);
        }

        private void CountVoid(DnsAnswer? answer)
        {
            if (answer is { IsEmpty: true })
            {
                Voids++;
            }
        }

        private async Task<DnsAnswer?> QueryAsync(Func<Task<DnsAnswer>> query)
        {
            if (Queries >= MaxQueries)
            {
                if (!Problems.Any(p => p.StartsWith("stopped", StringComparison.Ordinal)))
                {
                    Problems.Add($"stopped after {MaxQueries} DNS queries; the policy is far beyond the limit");
                }

                return null;
            }

            Queries++;
            var answer = await query().ConfigureAwait(false);
            if (answer.Failed)
            {
                DnsError ??= $"{answer.Type} {answer.Name}: {answer.Error}";
            }

            return answer;
        }
    }
}
