from django.core.paginator import Paginator
from django.shortcuts import render

from takedown.dashboard.audit import audit_view
from takedown.dashboard.decorators import staff_required
from takedown.dashboard.forms import CaseloadForm
from takedown.dashboard.selectors import CaseloadFilters, caseload, summarise

PAGE_SIZE = 50


@staff_required
def caseload_list(request):
    form = CaseloadForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = CaseloadFilters(**{k: v for k, v in data.items() if v not in (None, "")})
    # Page through IDs alone, then load what the page shows for its fifty cases only.
    ids = caseload(user=request.user, filters=filters).values_list("pk", flat=True)
    page = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
    page.object_list = summarise(list(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    audit_view(request, "caseload", page=page.number)
    return render(
        request,
        "dashboard/caseload.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )
