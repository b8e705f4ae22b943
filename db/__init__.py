"""The bottom layer: the contract, the SQLModel tables, the engine and the commerce backend's demo data."""

from db.contract import Contract, ContractError, load_contract
from db.engine import database_url, init_db, make_engine, session_scope

__all__ = ["Contract", "ContractError", "database_url", "init_db", "load_contract", "make_engine", "session_scope"]
