"""The contract file loads, holds what the customer's contract names, and rejects broken entries clearly."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from app.cli import cli
from db.contract import (
    CONTRACT_PATH,
    ContractError,
    load_contract,
    load_contract_file,
    parse_contract,
    span_holds,
    span_inside,
    span_matches,
)
from db.policy import POLICY_VALUES

SPEC_INTENTS = [
    "siparis_status",
    "siparis_iptal",
    "siparis_adres_degistir",
    "siparis_gecmisi",
    "siparis_verilemiyor",
    "eksik_urun",
    "yanlis_urun",
    "hasarli_urun",
    "kargo_takip",
    "kargo_gecikme",
    "teslim_edildi_gorunuyor",
    "teslimat_suresi",
    "kargo_ucreti",
    "iade_baslat",
    "iade_durumu",
    "iade_kargo_kodu",
    "iade_kosullari",
    "degisim_talebi",
    "para_iadesi_durumu",
    "odeme_problemi",
    "cift_cekim",
    "taksit_secenekleri",
    "kapida_odeme",
    "fatura_ister",
    "fatura_bilgisi_degistir",
    "urun_bilgi",
    "stok_sor",
    "fiyat_sor",
    "beden_danisma",
    "garanti_servis",
    "satici_iletisim",
    "kupon_kullanim",
    "kampanya_sor",
    "fiyat_dususu",
    "uyelik_problem",
    "sifre_unuttum",
    "hesap_silme",
    "iletisim_bilgisi_guncelle",
    "premium_uyelik",
    "insan_temsilci",
    "sikayet",
    "tesekkur",
    "selamlama",
    "kapsam_disi",
]

SPEC_TOOLS = {
    "get_order_status": ({"order_number"}, set()),
    "list_customer_orders": (set(), {"limit"}),
    "cancel_order": ({"order_number", "reason"}, set()),
    "update_delivery_address": ({"order_number", "address"}, set()),
    "report_order_problem": ({"order_number", "problem_type"}, {"product"}),
    "track_shipment": ({"order_number"}, set()),
    "start_return_process": ({"order_number", "reason"}, set()),
    "get_return_status": ({"order_number"}, set()),
    "create_exchange_request": ({"order_number", "reason"}, {"size"}),
    "get_refund_status": ({"order_number"}, set()),
    "send_invoice": ({"order_number"}, set()),
    "get_product_info": ({"product"}, set()),
    "check_stock": ({"product"}, set()),
    "validate_coupon": ({"coupon_code"}, set()),
    "list_campaigns": (set(), set()),
    "get_installment_options": ({"amount"}, set()),
    "send_password_reset": (set(), set()),
    "transfer_to_human": ({"reason"}, set()),
}

SPEC_ENTITIES = {
    "order_number",
    "product",
    "cargo_company",
    "tracking_number",
    "return_reason",
    "coupon_code",
    "amount",
    "date",
    "invoice_number",
    "size",
}


def raw_contract() -> dict:
    return yaml.safe_load(CONTRACT_PATH.read_text(encoding="utf-8"))


def test_contract_has_every_intent_entity_and_tool_of_the_spec() -> None:
    contract = load_contract()
    assert list(contract.intent_ids) == SPEC_INTENTS
    assert set(contract.entity_type_ids) == SPEC_ENTITIES
    assert set(contract.tool_names) == set(SPEC_TOOLS)
    for name, (required, optional) in SPEC_TOOLS.items():
        tool = contract.tool(name)
        assert set(tool.required) == required, name
        assert set(tool.argument_names) == required | optional, name


def test_intent_facts_match_the_spec_table() -> None:
    contract = load_contract()
    assert contract.intent("teslim_edildi_gorunuyor").tools == ("track_shipment", "transfer_to_human")
    assert contract.intent("siparis_iptal").auto_condition == "not_shipped"
    assert contract.intent("premium_uyelik").auto_condition == "names_programme"
    assert not contract.intent("kapsam_disi").auto_resolvable
    assert contract.intent("teslimat_suresi").tools == ()
    human_only = {i.id for i in contract.intents if not i.auto_resolvable}
    assert human_only == {
        "siparis_verilemiyor",
        "eksik_urun",
        "yanlis_urun",
        "hasarli_urun",
        "teslim_edildi_gorunuyor",
        "odeme_problemi",
        "cift_cekim",
        "fatura_bilgisi_degistir",
        "fiyat_dususu",
        "uyelik_problem",
        "hesap_silme",
        "iletisim_bilgisi_guncelle",
        "insan_temsilci",
        "sikayet",
        "kapsam_disi",
    }
    assert all(i.label and i.group in contract.groups for i in contract.intents)


def test_openai_tools_format() -> None:
    tools = load_contract().openai_tools()
    assert len(tools) == 18
    first = tools[0]
    assert first["type"] == "function"
    assert set(first["function"]) == {"name", "description", "parameters"}


def test_lookup_of_unknown_ids_names_them() -> None:
    contract = load_contract()
    with pytest.raises(KeyError, match="nope"):
        contract.intent("nope")
    with pytest.raises(KeyError, match="nope_tool"):
        contract.tool("nope_tool")


def _broken(mutate) -> dict:
    data = copy.deepcopy(raw_contract())
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["intents"][3].pop("label"), r"intents\[3\]: missing label"),
        (lambda d: d["intents"][5].update(tools=["no_such_tool"]), r"intents\[5\] \(eksik_urun\): unknown tool"),
        (lambda d: d["intents"][0].update(group="nowhere"), r"siparis_status\): unknown group 'nowhere'"),
        (lambda d: d["intents"][1].update(auto_resolvable="yes"), r"auto_resolvable must be true or false"),
        (lambda d: d["intents"].append(dict(d["intents"][0])), r"intents: duplicate id 'siparis_status'"),
        (lambda d: d["intents"][2].update(colour="red"), r"unknown key\(s\) colour"),
        (lambda d: d["tools"][0]["parameters"].update(type="array"), r"tools\[0\] \(get_order_status\): parameters"),
        (
            lambda d: d["tools"][2]["parameters"]["required"].append("ghost"),
            r"cancel_order\): required argument 'ghost'",
        ),
        (
            lambda d: d["tools"][0]["parameters"]["properties"]["order_number"].update(type="strin"),
            r"get_order_status\): invalid parameters schema",
        ),
        (lambda d: d["entity_types"][1].pop("example"), r"entity_types\[1\]: missing example"),
        (lambda d: d.pop("tools"), r"missing top-level key 'tools'"),
        (
            lambda d: d["tools"][0].update(description="Within {return_windw_days} days."),
            r"get_order_status\): description names no business rule .*return_windw_days",
        ),
        (lambda d: d["intents"][0].update(auto_condition="sunny"), r"auto_condition must be one of"),
        (lambda d: d.pop("programmes"), r"premium_uyelik: auto_condition names_programme needs the top-level"),
        (lambda d: d.update(programmes=["Plus", ""]), r"programmes: expected a list"),
    ],
)
def test_broken_contract_names_the_bad_entry(mutate, message: str) -> None:
    with pytest.raises(ContractError, match=message):
        parse_contract(_broken(mutate))


def test_invalid_yaml_is_a_contract_error(tmp_path: Path) -> None:
    bad = tmp_path / "contract.yaml"
    bad.write_text("intents: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContractError, match="not valid YAML"):
        load_contract_file(bad)


def test_cli_contract_show_json() -> None:
    result = CliRunner().invoke(cli, ["contract", "show", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert len(data["intents"]) == 44
    assert len(data["tools"]) == 18
    assert data["programmes"] == ["Plus", "Premium"]
    schema = next(t for t in data["tools"] if t["name"] == "report_order_problem")["parameters"]
    assert schema["properties"]["problem_type"]["enum"] == ["eksik_urun", "yanlis_urun", "hasarli_urun"]


def test_cli_help_lists_commands() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("init", "mask", "contract", "data"):
        assert command in result.output


def test_the_span_rule() -> None:
    text = "sipariş 4815162342 nerede"
    assert span_holds(text, 8, 18, "4815162342")
    assert span_matches(text, {"type": "order_number", "value": "4815162342", "start": 8, "end": 18})
    assert not span_holds(text, 8, 18, "4815162343")  # another value at the offsets
    assert not span_holds(text, 19, 40, "nerede")  # past the end, although text[19:40] == "nerede"
    assert not span_holds(text, 5, 5, "")  # empty
    assert not span_holds(text, -6, len(text), "nerede")  # negative
    assert not span_matches(text, {"value": "nerede"})  # no offsets
    assert not span_holds(text, 8.0, 18.0, "4815162342")  # offsets are ints
    assert span_inside(text, 0, len(text)) and not span_inside(text, 0, len(text) + 1)
    assert not span_inside(text, None, 3)


def test_the_contract_text_quotes_the_business_rules_the_tools_enforce(monkeypatch: pytest.MonkeyPatch) -> None:
    (raw,) = [t for t in raw_contract()["tools"] if t["name"] == "start_return_process"]
    assert "{return_window_days}" in raw["description"]
    assert load_contract().tool("start_return_process").description == "Start a return (within 15 days of delivery)."
    monkeypatch.setitem(POLICY_VALUES, "return_window_days", 30)  # the rule changes in db/policy.py only
    changed = parse_contract(raw_contract()).tool("start_return_process").description
    assert changed == "Start a return (within 30 days of delivery)."
