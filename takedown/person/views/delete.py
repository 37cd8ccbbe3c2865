"""Withdrawing: the person deletes their whole case (DESIGN invariant 5)."""

from django import forms
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _

from takedown.cases.services import case_delete
from takedown.person.views.common import no_store, person_view


class DeleteForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Yes, delete my case and everything in it"),
        error_messages={"required": _("Tick the box to confirm that you want to delete it")},
    )


@person_view
def delete(request, case):
    form = DeleteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        owner = case.owner
        case_delete(case=case)
        if owner is not None and not owner.owned_cases.exists() and not owner.is_staff:
            owner.delete()  # an account made only for this case goes with it
        request.session.flush()
        return redirect("person:deleted")
    status = 400 if form.is_bound else 200
    return render(request, "person/delete.html", {"case": case, "form": form}, status=status)


@no_store
def deleted(request):
    return render(request, "person/deleted.html")
